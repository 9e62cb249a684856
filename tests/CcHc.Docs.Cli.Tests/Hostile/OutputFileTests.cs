namespace CcHc.Docs.Cli.Tests.Hostile;

/// <summary>
/// Issue 15, defect 4: rendering over an existing output keeps its mode, writes through a symbolic link, refuses a
/// read-only file without --force, copes with a long file name, and names the output (never the temporary file)
/// in errors. Real files in a temp folder; Unix modes are checked where the OS has them.
/// </summary>
public sealed class OutputFileTests
{
    [Fact]
    public async Task Rendering_over_a_private_file_keeps_its_mode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var target = folder.Write("ke-hoach.docx", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await Cli.RunAsync("render", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(target));
    }

    [Fact]
    public async Task Rendering_as_root_over_another_users_file_keeps_its_owner()
    {
        // Only root can give a file away, so only a root run can tell; CI runs as root.
        if (OperatingSystem.IsWindows() || Shell("id", "-u") != "0")
        {
            return;
        }
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var target = folder.Write("ke-hoach.docx", "old");
        Shell("chown", "65534:65534", target);
        Assert.Equal("65534:65534", Shell("stat", "-c", "%u:%g", target));

        var result = await Cli.RunAsync("render", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(target));
        Assert.Equal("65534:65534", Shell("stat", "-c", "%u:%g", target));
    }

    [Fact]
    public async Task A_read_only_output_is_refused_without_force_and_replaced_with_it()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var target = folder.Write("ke-hoach.docx", "protected");
        File.SetAttributes(target, FileAttributes.ReadOnly);

        var refused = await Cli.RunAsync("render", plan);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("read-only", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Contains("ke-hoach.docx", refused.Error, StringComparison.Ordinal);
        Assert.Equal("protected", File.ReadAllText(target));

        var forced = await Cli.RunAsync("render", plan, "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(target));
        Assert.True(File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly), "the replaced file keeps its read-only mode");
        File.SetAttributes(target, FileAttributes.Normal);
    }

    [Fact]
    public async Task A_symbolic_link_is_written_through_to_its_target()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        Directory.CreateDirectory(folder.File("real"));
        var real = folder.Write(Path.Combine("real", "ban-in.docx"), "old");
        var link = folder.File("ban-in.docx");
        File.CreateSymbolicLink(link, real);

        var result = await Cli.RunAsync("render", plan, "-o", link);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(real));
    }

    [Fact]
    public async Task A_long_legal_output_name_is_written()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var target = folder.File(new string('k', 240) + ".docx");

        var result = await Cli.RunAsync("render", plan, "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(target));
        Assert.Equal(["ke-hoach.yaml", Path.GetFileName(target)], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_output_that_is_a_device_is_refused_by_name()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var link = folder.File("out.docx");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = await Cli.RunAsync("render", plan, "-o", link);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("out.docx", result.Error, StringComparison.Ordinal);
        Assert.Contains("not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_write_names_the_output_not_the_temporary_file()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        // 256 characters: one more than a file name may have, so the write itself fails.
        var name = new string('k', 251) + ".docx";
        var target = folder.File(name);

        var result = await Cli.RunAsync("render", plan, "-o", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
        Assert.Equal(["ke-hoach.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    private static string Shell(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed");
        return output.Trim();
    }
}
