namespace CcHc.Docs.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public async Task Renders_a_plan_beside_itself_by_default()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");

        var result = await Cli.RunAsync("render", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        var docx = folder.File("ke-hoach.docx");
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Contains("KẾ HOẠCH", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("Vĩnh Thông", StringComparison.Ordinal));
        Assert.Equal($"{plan} → {docx}", result.Out.Trim());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Renders_a_json_plan()
    {
        using var folder = new TempFolder();
        var yaml = CcHc.Docs.Serialization.PlanReader.ReadFile(Repository.Example(Repository.RenderablePlan));
        var json = folder.Write("plan.json", CcHc.Docs.Serialization.PlanWriter.WriteJson(yaml));

        var result = await Cli.RunAsync("render", json, "-o", folder.File("out.docx"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("KẾ HOẠCH", Docx.Paragraphs(folder.File("out.docx")));
    }

    [Fact]
    public async Task Output_option_names_the_file()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);
        var target = folder.File(Path.Combine("sub", "ban-in.docx"));

        var result = await Cli.RunAsync("render", plan, "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(Docx.Paragraphs(target));
        Assert.False(File.Exists(Path.ChangeExtension(plan, ".docx")));
    }

    [Fact]
    public async Task Several_plans_go_into_the_output_folder_with_plain_lines_when_redirected()
    {
        using var folder = new TempFolder();
        var first = folder.CopyExample(Repository.RenderablePlan, "a.yaml");
        var second = folder.CopyExample("vinh-phong-tuyen-truyen-cchc-2026.yaml", "b.yaml");
        var output = folder.File("out");

        var result = await Cli.RunAsync("render", first, second, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(Docx.Paragraphs(Path.Combine(output, "a.docx")));
        Assert.NotEmpty(Docx.Paragraphs(Path.Combine(output, "b.docx")));
        Assert.DoesNotContain('\r', result.Out);
        Assert.DoesNotContain('█', result.Out);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [$"{first} → {Path.Combine(output, "a.docx")}", $"{second} → {Path.Combine(output, "b.docx")}", "Rendered 2 of 2 plans."],
            lines);
    }

    [Fact]
    public async Task Several_plans_on_a_terminal_show_a_progress_line()
    {
        using var folder = new TempFolder();
        var first = folder.CopyExample(Repository.RenderablePlan, "a.yaml");
        var second = folder.CopyExample("vinh-phong-tuyen-truyen-cchc-2026.yaml", "b.yaml");

        var result = await Cli.RunAsync(["render", first, second], terminal: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[1/2]", result.Out, StringComparison.Ordinal);
        Assert.Contains("[2/2]", result.Out, StringComparison.Ordinal);
        Assert.Contains('\r', result.Out);
        Assert.True(File.Exists(folder.File("a.docx")) && File.Exists(folder.File("b.docx")));
    }

    [Fact]
    public async Task Several_plans_with_output_naming_a_file_is_bad_usage()
    {
        using var folder = new TempFolder();
        var first = folder.CopyExample(Repository.RenderablePlan, "a.yaml");
        var second = folder.CopyExample(Repository.RenderablePlan, "b.yaml");
        var existing = folder.Write("out.docx", "not a folder");

        var result = await Cli.RunAsync("render", first, second, "-o", existing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must name a folder", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("a.docx")));
    }

    [Fact]
    public async Task Two_plans_with_one_name_into_one_folder_is_bad_usage()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Repository.Example(Repository.RenderablePlan));
        var first = folder.Write(Path.Combine("x", "plan.yaml"), text);
        var second = folder.Write(Path.Combine("y", "plan.yaml"), text);

        var result = await Cli.RunAsync("render", first, second, "-o", folder.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("both be written", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_plan_file_is_exit_2_and_other_plans_still_render()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);
        var missing = folder.File("khong-co.yaml");

        var result = await Cli.RunAsync("render", missing, plan);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: error: file not found.", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(plan, ".docx")));
        Assert.Contains("Rendered 1 of 2 plans.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_error_is_exit_1_with_line_and_column()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("sai.yaml",
            "letterhead:\n  issuer: Ủy ban nhân dân xã An Bình\n  plase: An Bình\n  year: 2026\ntitle:\n  summary: Thử\nsignature:\n  name: A\n");

        var result = await Cli.RunAsync("render", plan);

        Assert.Equal(1, result.ExitCode);
        // line 3 column 3 is where the misspelt key "plase" starts; "place" is then missing from the mapping at (2,3).
        Assert.Contains($"{plan}(3,3): error: letterhead.plase: unknown key \"plase\" (did you mean \"place\"?)", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{plan}(2,3): error: letterhead.place: required", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("sai.docx")));
    }

    [Fact]
    public async Task Yaml_syntax_error_is_exit_1_with_a_location()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("hong.yaml", "letterhead:\n  issuer: An Bình\ntitle:\n  summary: [a\n");

        var result = await Cli.RunAsync("render", plan);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"hong\.yaml\(\d+,\d+\): error: YAML syntax error", result.Error);
    }

    [Fact]
    public async Task A_failing_template_leaves_no_file_and_keeps_the_previous_one()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var templates = folder.File("templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "ke-hoach.sbn"), "<document>\n{{ plan.khong_co.truong }}\n");
        var previous = folder.Write("ke-hoach.docx", "previous output");

        var result = await Cli.RunAsync("render", plan, "-t", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"ke-hoach\.sbn\(\d+,\d+\): error: ", result.Error);
        Assert.Equal("previous output", File.ReadAllText(previous));
        Assert.Equal(["ke-hoach.docx", "ke-hoach.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Malformed_markup_is_exit_1_naming_the_template_line()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var templates = folder.File("templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "ke-hoach.sbn"), "<document>\n<khong-co-the/>\n</document>\n");

        var result = await Cli.RunAsync("render", plan, "-t", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("khong-co-the", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("ke-hoach.docx")));
    }

    [Fact]
    public async Task Missing_template_folder_is_bad_usage()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var result = await Cli.RunAsync("render", plan, "-t", folder.File("khong-co"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("khong-co", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_13_renders_smaller_body_text()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var big = await Cli.RunAsync("render", plan, "-o", folder.File("14.docx"));
        var small = await Cli.RunAsync("render", plan, "-o", folder.File("13.docx"), "--profile", "13");

        Assert.True(big.ExitCode == 0 && small.ExitCode == 0, big + "\n" + small);
        Assert.Equal("28", DefaultFontSize(folder.File("14.docx"))); // half-points: 14 pt
        Assert.Equal("26", DefaultFontSize(folder.File("13.docx"))); // 13 pt
    }

    [Fact]
    public async Task Cancelled_render_exits_130_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await Cli.RunAsync(["render", plan], terminal: false, cancellationToken: cancelled.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    private static string? DefaultFontSize(string docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?
            .RunPropertiesBaseStyle?.FontSize?.Val?.Value;
    }
}
