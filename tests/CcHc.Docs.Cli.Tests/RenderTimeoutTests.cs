namespace CcHc.Docs.Cli.Tests;

/// <summary><c>cchc render --timeout</c>: a runaway template stops with a located error and no output file.</summary>
public sealed class RenderTimeoutTests
{
    [Fact]
    public async Task A_runaway_template_stops_at_the_time_budget_with_its_line_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        Directory.CreateDirectory(folder.File("tpl"));
        folder.Write(Path.Combine("tpl", "_signature.sbn"), "{{ x = '' }}\n{{ for i in 1..900000; x = i | string.pad_left 40 | string.upcase; end }}");

        var result = await Cli.RunAsync("render", plan, "-t", folder.File("tpl"), "--timeout", "0.5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("_signature.sbn(2,", result.Error, StringComparison.Ordinal);
        Assert.Contains("time budget of 0.5 s", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("ke-hoach.docx")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    public async Task A_timeout_that_is_not_a_positive_number_of_seconds_is_a_usage_error(string value)
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");

        var result = await Cli.RunAsync("render", plan, "--timeout", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--timeout", result.Error, StringComparison.Ordinal);
    }
}
