using CcHc.Docs.Rendering;
using CcHc.Docs.Testing;
using CcHc.Docs.Tests.Rendering;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;

namespace CcHc.Docs.Tests.WordTemplates;

public sealed class PlanRendererWordTemplateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-word-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_template_folder_may_hold_word_templates_beside_sbn_ones()
    {
        File.WriteAllBytes(Path.Combine(_folder, "trang-bia.docx"), Create(P("{{ plan.title.kind_upper }}: {{ plan.title.summary }}")));
        File.WriteAllText(Path.Combine(_folder, "_signature.sbn"), File.ReadAllText(Path.Combine(Support.RepositoryRoot.Path, "templates", "_signature.sbn")));
        var plan = ExamplePlans.Plan("vinh-thong-cchc-2026");
        var renderer = PlanRenderer.FromTemplateFolder(_folder);

        var cover = Lines(renderer.RenderToBytes(plan, "trang-bia"));
        var byFileName = Lines(renderer.RenderToBytes(plan, "trang-bia.docx"));
        var sbn = Lines(renderer.RenderToBytes(plan));

        var title = new CcHc.Docs.Rendering.TemplateModel.PlanView(plan).Title;
        Assert.Equal([title.KindUpper + ": " + title.Summary], cover);
        Assert.Equal(cover, byFileName);
        Assert.True(sbn.Count > 40);
    }

    [Fact]
    public void From_word_template_renders_every_plan_with_that_file_and_snapshots_describe_it()
    {
        var path = PlanRenderer.ExportWordTemplate(_folder);
        Assert.Equal("ke-hoach.docx", Path.GetFileName(path));
        var plan = ExamplePlans.Plan("vinh-phong-par-sipas-papi-2026");

        var bytes = PlanRenderer.FromWordTemplate(path).RenderToBytes(plan);

        var description = DocxDescription.Describe(bytes);
        Assert.Contains("KẾ HOẠCH", description, StringComparison.Ordinal);
        Assert.Contains("landscape", description, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_to_overwrite_and_a_missing_word_template_is_named()
    {
        PlanRenderer.ExportWordTemplate(_folder);
        Assert.Throws<IOException>(() => PlanRenderer.ExportWordTemplate(_folder));
        Assert.Throws<FileNotFoundException>(() => PlanRenderer.FromWordTemplate(Path.Combine(_folder, "khong-co.docx")));
        var error = Assert.Throws<TemplateNotFoundException>(() => PlanRenderer.FromTemplateFolder(_folder).RenderToBytes(ExamplePlans.Plan("vinh-thong-cchc-2026"), "khong-co.docx"));
        Assert.Contains("khong-co.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_template_render_has_the_renderers_time_budget()
    {
        var path = Path.Combine(_folder, "vong-lap.docx");
        File.WriteAllBytes(path, Create(P("{{ for i in 1..100000000 }}"), P("{{ i }}"), P("{{ end }}")));
        var renderer = PlanRenderer.FromWordTemplate(path, PlanRendererOptions.Default with { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(300) });

        var error = Assert.Throws<TemplateException>(() => renderer.RenderToBytes(ExamplePlans.Plan("vinh-thong-cchc-2026")));

        Assert.Equal("vong-lap.docx", error.TemplateName);
        Assert.Contains("time budget of 0.3 s", error.Reason, StringComparison.Ordinal);
        Assert.Contains("paragraph", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_template_has_no_markup_and_render_markup_says_so()
    {
        var path = PlanRenderer.ExportWordTemplate(_folder);
        var plan = ExamplePlans.Plan("vinh-thong-cchc-2026");
        var word = PlanRenderer.FromWordTemplate(path);
        var folder = PlanRenderer.FromTemplateFolder(_folder);

        Assert.True(word.UsesWordTemplate());
        Assert.True(folder.UsesWordTemplate());
        Assert.False(PlanRenderer.WithOptions(PlanRendererOptions.Default).UsesWordTemplate());
        var error = Assert.Throws<InvalidOperationException>(() => word.RenderMarkup(plan));
        Assert.Contains("Word template", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => folder.RenderMarkup(plan));
        Assert.StartsWith("<", PlanRenderer.WithOptions(PlanRendererOptions.Default).RenderMarkup(plan).TrimStart(), StringComparison.Ordinal);
    }
}
