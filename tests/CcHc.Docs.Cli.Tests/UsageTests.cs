namespace CcHc.Docs.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("new")]
    [InlineData("templates")]
    [InlineData("templates", "export")]
    [InlineData("markup")]
    [InlineData("preview")]
    public async Task Every_command_has_help_with_an_example(params string[] command)
    {
        var result = await Cli.RunAsync([.. command, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Example", result.Out, StringComparison.Ordinal);
        Assert.Contains("cchc " + string.Join(' ', command), result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Root_help_lists_the_commands()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "render", "validate", "new", "templates", "markup", "preview" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_command_is_bad_usage()
    {
        var result = await Cli.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_bad_usage()
    {
        var result = await Cli.RunAsync("rendr", "plan.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rendr", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_bad_usage_not_a_missing_file()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var result = await Cli.RunAsync("render", "--colour", plan);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--colour'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'cchc render --help'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(plan, ".docx")));
    }

    [Fact]
    public async Task Option_value_out_of_range_is_bad_usage()
    {
        var result = await Cli.RunAsync("render", "--profile", "12", "plan.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("12", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_argument_is_bad_usage()
    {
        var result = await Cli.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.Empty(result.Out);
    }
}
