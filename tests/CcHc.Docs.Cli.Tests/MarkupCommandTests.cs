namespace CcHc.Docs.Cli.Tests;

public sealed class MarkupCommandTests
{
    [Fact]
    public async Task Prints_the_markup_of_a_plan()
    {
        var result = await Cli.RunAsync("markup", Repository.Example(Repository.RenderablePlan));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<", result.Out.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Vĩnh Thông", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Uses_the_template_folder()
    {
        using var folder = new TempFolder();
        var templates = folder.File("mau");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "ke-hoach.sbn"), "Người ký: {{ plan.signature.name }}");

        var result = await Cli.RunAsync("markup", Repository.Example(Repository.RenderablePlan), "-t", templates);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Người ký: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_plan_is_exit_2()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("markup", folder.File("khong-co.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
    }
}
