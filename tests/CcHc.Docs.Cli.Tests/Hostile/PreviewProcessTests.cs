namespace CcHc.Docs.Cli.Tests.Hostile;

/// <summary>
/// Issue 15, defect 7: <c>cchc preview --timeout</c> is validated, and LibreOffice runs with its own temporary
/// profile and TMPDIR inside a work folder that is deleted, even when it is killed at the time limit.
/// A shell script stands in for soffice.
/// </summary>
public sealed class PreviewProcessTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task A_timeout_below_one_second_is_bad_usage(string seconds)
    {
        var result = await Cli.RunAsync("preview", Repository.Example(Repository.RenderablePlan), "--timeout", seconds);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--timeout", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_libreoffice_leaves_no_pipe_and_no_profile_behind()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var bin = folder.File("bin");
        Directory.CreateDirectory(bin);
        var record = folder.File("record.txt");
        var soffice = Path.Combine(bin, "soffice");
        // Records where it was told to put temporary files and its profile, makes its pipe there, then hangs.
        File.WriteAllText(soffice,
            "#!/bin/sh\n" +
            $"echo \"$TMPDIR\" > '{record}'\n" +
            $"for a in \"$@\"; do case \"$a\" in -env:UserInstallation=*) echo \"$a\" >> '{record}';; esac; done\n" +
            "touch \"$TMPDIR/OSL_PIPE_0_cchc_test\"\n" +
            "exec sleep 60\n");
        File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = await Cli.RunAsync(["preview", plan, "--timeout", "1"], terminal: false, path: bin + ":/usr/bin:/bin")
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--timeout", result.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(record);
        var temp = lines[0];
        Assert.NotEqual(Path.GetFullPath(Path.GetTempPath()).TrimEnd('/'), temp.TrimEnd('/'));
        Assert.False(File.Exists(Path.Combine(temp, "OSL_PIPE_0_cchc_test")), "the pipe is removed with the work folder");
        Assert.False(Directory.Exists(temp));
        var profile = new Uri(lines[1]["-env:UserInstallation=".Length..]).LocalPath;
        Assert.False(Directory.Exists(profile));
    }
}
