namespace CcHc.Docs.Cli.Tests;

/// <summary><c>cchc render --check</c>: validation errors block the render, warnings are printed and never block.</summary>
public sealed class RenderCheckTests
{
    [Fact]
    public async Task A_plan_with_validation_errors_is_not_rendered()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample("vinh-phong-par-sipas-papi-2026.yaml", "ke-hoach.yaml");

        var result = await Cli.RunAsync("render", plan, "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(folder.File("ke-hoach.docx")), result.ToString());
        // The wrong plan number in Phụ lục 2's caption, located in the YAML file.
        Assert.Contains($"{plan}:423:14: error KH0012:", result.Error, StringComparison.Ordinal);
        Assert.Contains("not rendered", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_are_shown_but_the_plan_is_rendered()
    {
        using var folder = new TempFolder();
        var plan = folder.File("moi.yaml");
        Assert.Equal(0, (await Cli.RunAsync("new", plan)).ExitCode);

        var result = await Cli.RunAsync("render", plan, "--check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning KH0002", result.Error, StringComparison.Ordinal);
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(folder.File("moi.docx")));
    }

    [Fact]
    public async Task Without_check_a_plan_with_errors_still_renders()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample("vinh-phong-par-sipas-papi-2026.yaml", "ke-hoach.yaml");

        var result = await Cli.RunAsync("render", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(folder.File("ke-hoach.docx")));
        Assert.DoesNotContain("KH0012", result.Error, StringComparison.Ordinal);
    }
}
