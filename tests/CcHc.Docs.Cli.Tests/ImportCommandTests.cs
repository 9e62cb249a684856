using CcHc.Docs.Serialization;

namespace CcHc.Docs.Cli.Tests;

public class ImportCommandTests
{
    private static string Seed(string name) => Path.Combine(Repository.Root, "..", "shared", "seeds", name);

    [Fact]
    public async Task Import_writes_yaml_that_reads_back_with_the_guesses_as_comments()
    {
        using var folder = new TempFolder();
        var output = folder.File("tt.yaml");
        var result = await Cli.RunAsync("import", Seed("vinh-phong-tuyen-truyen-cchc-2026.txt"), "-o", output);

        Assert.Equal(0, result.ExitCode);
        var yaml = File.ReadAllText(output);
        // The extraction has no letterhead: the guess is a comment right above the value it concerns.
        var lines = yaml.Split('\n');
        var issuer = Array.FindIndex(lines, l => l.TrimStart().StartsWith("issuer:", StringComparison.Ordinal));
        Assert.StartsWith("  # kiểm tra: đoạn 3:", lines[issuer - 1], StringComparison.Ordinal);
        var plan = PlanReader.ReadYaml(yaml);
        Assert.Equal("Ủy ban nhân dân xã Vĩnh Phong", plan.Letterhead.Issuer);
        Assert.Contains("chỗ cần kiểm tra", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Year_moves_the_title_and_leaves_a_draft_and_lists_every_change()
    {
        using var folder = new TempFolder();
        var output = folder.File("par-2027.yaml");
        var result = await Cli.RunAsync("import", Seed("vinh-phong-par-sipas-papi-2026.txt"), "-o", output, "--year", "2027");

        Assert.Equal(0, result.ExitCode);
        var plan = PlanReader.ReadYaml(File.ReadAllText(output));
        Assert.Null(plan.Letterhead.Number);
        Assert.Null(plan.Letterhead.Date);
        Assert.Equal(2027, plan.Letterhead.Year);
        Assert.Contains("năm 2027", plan.Title.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", plan.Title.Summary, StringComparison.Ordinal);
        Assert.Contains("đã đổi: Năm 2026 → 2027", result.Out, StringComparison.Ordinal);
        Assert.Contains("# đã đổi:", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_fails_with_the_paragraph_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var input = folder.File("note.txt");
        File.WriteAllText(input, "Xin chào\nĐây không phải kế hoạch.\n");
        var output = folder.File("note.yaml");
        var result = await Cli.RunAsync("import", input, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("đoạn 1:", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Validate_a_docx_reports_layout_and_content_by_paragraph()
    {
        using var folder = new TempFolder();
        var yaml = Path.Combine(Repository.Root, "examples", "plans", "vinh-thong-cchc-2026.yaml");
        var docx = folder.File("vt.docx");
        Assert.Equal(0, (await Cli.RunAsync("render", yaml, "-o", docx)).ExitCode);

        var result = await Cli.RunAsync("validate", docx);

        // Our own rendering has no layout fault; the plan's own mistakes (e.g. KH0035 "ttttdiem") come through the import.
        Assert.DoesNotContain("KH10", result.Out, StringComparison.Ordinal);
        Assert.Contains("vt.docx: archive[1]: error KH0035", result.Out.Replace(docx, "vt.docx", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }
}
