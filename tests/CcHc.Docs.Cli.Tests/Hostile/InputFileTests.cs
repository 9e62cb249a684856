using System.Diagnostics;

namespace CcHc.Docs.Cli.Tests.Hostile;

/// <summary>
/// Issue 15, defects 5 and 8: inputs that are not regular files are refused at once with a clear message (a FIFO
/// without a writer used to hang, a link to /dev/zero used to be read until memory ran out), and the messages for
/// UTF-16 files and a template file given to -t say what to do.
/// </summary>
public sealed class InputFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_link_to_dev_zero_is_refused_not_read()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }
        using var folder = new TempFolder();
        var plan = folder.File("ke-hoach.yaml");
        File.CreateSymbolicLink(plan, "/dev/zero");

        var result = await Cli.RunAsync("validate", plan).WaitAsync(Patience);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a regular file", result.Error, StringComparison.Ordinal);
        Assert.Contains("ke-hoach.yaml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_without_a_writer_is_refused_not_waited_for()
    {
        using var folder = new TempFolder();
        var plan = folder.File("ke-hoach.yaml");
        if (!MakeFifo(plan))
        {
            return; // No mkfifo here (Windows).
        }

        var result = await Cli.RunAsync("render", plan).WaitAsync(Patience);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("named pipe", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf16_plan_is_named_as_utf16()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Repository.Example(Repository.RenderablePlan));
        var plan = folder.File("ke-hoach.yaml");
        File.WriteAllText(plan, text, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var result = await Cli.RunAsync("validate", plan);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("UTF-16 is not supported, save it as UTF-8", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_file_given_to_t_is_named_as_a_file()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var template = folder.Write("_signature.sbn", "{{ plan.signature.name }}");

        var result = await Cli.RunAsync("render", plan, "-t", template);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", result.Error, StringComparison.Ordinal);
    }

    private static bool MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
        mkfifo!.WaitForExit();
        return mkfifo.ExitCode == 0;
    }
}
