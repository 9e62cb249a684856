using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Cli.Tests;

public sealed class WordTemplateCommandTests
{
    private static void WriteTemplate(string path, params string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
    }

    [Fact]
    public async Task Export_docx_writes_the_word_template_and_render_uses_it()
    {
        using var folder = new TempFolder();
        var exported = await Cli.RunAsync("templates", "export", "--docx", folder.File("mau"));
        Assert.True(exported.ExitCode == 0, exported.ToString());
        var template = folder.File(Path.Combine("mau", "ke-hoach.docx"));
        Assert.True(File.Exists(template));

        var plan = folder.CopyExample(Repository.RenderablePlan);
        var output = folder.File("out.docx");
        var rendered = await Cli.RunAsync("render", plan, "-t", template, "-o", output);

        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        var paragraphs = Docx.Paragraphs(output);
        Assert.Contains("KẾ HOẠCH", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_docx_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var edited = folder.Write(Path.Combine("mau", "ke-hoach.docx"), "đã sửa");
        var refused = await Cli.RunAsync("templates", "export", "--docx", folder.File("mau"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("đã sửa", File.ReadAllText(edited));
    }

    [Fact]
    public async Task Fill_renders_any_word_template_with_yaml_data()
    {
        using var folder = new TempFolder();
        var template = folder.File("giay-moi.docx");
        WriteTemplate(template, "Kính mời {{ khach }}", "{{ for m in muc }}", "- {{ m }}", "{{ end }}");
        var data = folder.Write("khach.yaml", "khach: ông Nguyễn Văn A\nmuc: [Khai mạc, Thảo luận]\n");
        var output = folder.File("ket-qua.docx");

        var result = await Cli.RunAsync("fill", template, data, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["Kính mời ông Nguyễn Văn A", "- Khai mạc", "- Thảo luận"], Docx.Paragraphs(output));
    }

    [Fact]
    public async Task Fill_reports_a_template_error_with_its_place_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var template = folder.File("loi.docx");
        WriteTemplate(template, "Đầu", "{{ for m in muc }}", "{{ m }}");
        var data = folder.Write("d.yaml", "muc: [a]\n");
        var output = folder.File("out.docx");

        var result = await Cli.RunAsync("fill", template, data, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("loi.docx: document, paragraph 2 \"{{ for m in muc }}\": 'for' opens a block that is never closed", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Fill_reports_bad_data_with_its_line()
    {
        using var folder = new TempFolder();
        var template = folder.File("t.docx");
        WriteTemplate(template, "{{ a }}");
        var data = folder.Write("d.yaml", "a: [1, 2\n");

        var result = await Cli.RunAsync("fill", template, data, "-o", folder.File("o.docx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("d.yaml(", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_of_a_word_template_is_a_usage_error_that_says_to_render_instead()
    {
        using var folder = new TempFolder();
        var template = folder.File("mau.docx");
        WriteTemplate(template, "{{ plan.title.summary }}");
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var result = await Cli.RunAsync("markup", plan, "-t", template);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("mau.docx", result.Error, StringComparison.Ordinal);
        Assert.Contains("has no markup", result.Error, StringComparison.Ordinal);
        Assert.Contains("cchc render", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_with_a_folder_whose_ke_hoach_is_a_word_template_is_the_same_error()
    {
        using var folder = new TempFolder();
        var templates = folder.File("mau");
        Directory.CreateDirectory(templates);
        WriteTemplate(Path.Combine(templates, "ke-hoach.docx"), "{{ plan.title.summary }}");
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var result = await Cli.RunAsync("markup", plan, "-t", templates);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("has no markup", result.Error, StringComparison.Ordinal);
    }
}
