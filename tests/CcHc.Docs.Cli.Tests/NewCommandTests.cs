using CcHc.Docs.Serialization;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public async Task Writes_a_commented_starter_that_validates_and_renders_as_is()
    {
        using var folder = new TempFolder();
        var plan = folder.File("ke-hoach.yaml");

        var created = await Cli.RunAsync("new", plan);
        var rendered = await Cli.RunAsync("render", plan);

        Assert.True(created.ExitCode == 0, created.ToString());
        var text = File.ReadAllText(plan);
        Assert.StartsWith("# yaml-language-server: $schema=", text, StringComparison.Ordinal);
        Assert.Contains("# Chữ ký. / The signature block.", text, StringComparison.Ordinal);
        var document = PlanReader.ReadFileDocument(plan);
        var report = PlanValidator.Validate(document.Plan, document.SourceMap);
        Assert.False(report.HasErrors, report.ToString());
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        var paragraphs = Docx.Paragraphs(folder.File("ke-hoach.docx"));
        Assert.Contains(paragraphs, p => p.Contains("An Bình", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("ke-hoach.yaml", "của tôi");

        var refused = await Cli.RunAsync("new", plan);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("của tôi", File.ReadAllText(plan));

        var forced = await Cli.RunAsync("new", plan, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# yaml-language-server:", File.ReadAllText(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_a_yaml_file_name()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("new", folder.File("ke-hoach.docx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".yaml", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Unknown_kind_is_bad_usage()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("new", "--kind", "quyet-dinh", folder.File("qd.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("quyet-dinh", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
