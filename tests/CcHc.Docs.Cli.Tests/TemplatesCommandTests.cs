using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Tests;

public sealed class TemplatesCommandTests
{
    [Fact]
    public async Task Export_copies_every_default_template_and_they_render()
    {
        using var folder = new TempFolder();
        var templates = folder.File("mau");

        var result = await Cli.RunAsync("templates", "export", templates);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = PlanRenderer.DefaultTemplateNames.Select(n => n + ".sbn").Order();
        Assert.Equal(expected, Directory.GetFiles(templates).Select(Path.GetFileName).Order());
        Assert.Contains("ke-hoach.sbn", expected);

        var plan = folder.CopyExample(Repository.RenderablePlan);
        var rendered = await Cli.RunAsync("render", plan, "-t", templates);
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
    }

    [Fact]
    public async Task Export_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var edited = folder.Write(Path.Combine("mau", "ke-hoach.sbn"), "mẫu đã sửa");

        var refused = await Cli.RunAsync("templates", "export", folder.File("mau"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mẫu đã sửa", File.ReadAllText(edited));

        var forced = await Cli.RunAsync("templates", "export", folder.File("mau"), "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("mẫu đã sửa", File.ReadAllText(edited));
    }

    [Fact]
    public async Task Templates_without_a_subcommand_is_bad_usage()
    {
        var result = await Cli.RunAsync("templates");

        Assert.Equal(2, result.ExitCode);
    }
}
