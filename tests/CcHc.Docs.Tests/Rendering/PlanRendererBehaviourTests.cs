using CcHc.Docs.Markup;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>What the renderer promises beyond layout: determinism, safe text, atomic files, partial overrides, thread safety.</summary>
public class PlanRendererBehaviourTests
{
    private const string Par = "vinh-phong-par-sipas-papi-2026";

    [Fact]
    public void Rendering_the_same_plan_twice_gives_identical_bytes()
    {
        var plan = ExamplePlans.Plan(Par);
        var first = PlanRenderer.Default.RenderToBytes(plan);
        var second = PlanRenderer.WithOptions(PlanRendererOptions.Default).RenderToBytes(plan);
        Assert.True(first.Length > 10_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Markup_characters_and_quotes_print_as_text_and_control_characters_are_removed()
    {
        const string Tricky = "a < b && c > d \"quoted\" 'single' </p><b>";
        var plan = ExamplePlans.Plan(Par);
        var table = plan.Appendices[0].Tables[0];
        var group = table.Groups[0] with { Title = "Nhóm " + Tricky };
        plan = plan with
        {
            Title = plan.Title with { Summary = "Trích yếu " + Tricky + "\u0001\u0008\u000B\u001F" },
            Preamble = "Mở đầu\u0007 " + Tricky,
            Sections = [new Section { Title = "Mục " + Tricky, Content = [new ParagraphBlock("Đoạn\u0000 " + Tricky + "\u001B")] }, .. plan.Sections.Skip(1)],
            Recipients = [.. plan.Recipients, "Nơi " + Tricky],
            Appendices = [plan.Appendices[0] with { Tables = [table with { Groups = [group, .. table.Groups.Skip(1)] }] }],
        };

        var bytes = PlanRenderer.Default.RenderToBytes(plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);

        var lines = DocxText.Lines(document);
        Assert.Contains("Trích yếu " + Tricky, lines);
        Assert.Contains("Mở đầu " + Tricky, lines);
        Assert.Contains("Đoạn " + Tricky, lines);
        Assert.Contains("- Nơi " + Tricky + ";", lines);
        Assert.Contains("Nhóm " + Tricky, lines);

        // Headings are printed in capitals, the characters kept.
        Assert.Contains(lines, l => l.EndsWith("MỤC " + Tricky.ToUpperInvariant(), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Any(c => char.IsControl(c)));
    }

    [Fact]
    public void Broken_markup_from_a_template_throws_with_the_template_line_and_leaves_no_file()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "ke-hoach.sbn"), """
            <document>
              <section>
                <p>{{ plan.title.summary }}</x>
              </section>
            </document>
            """);
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(output);
        var target = Path.Combine(output, "ke-hoach.docx");

        var error = Assert.Throws<MarkupException>(
            () => PlanRenderer.FromTemplateFolder(folder.Path).RenderToFile(ExamplePlans.Plan(Par), target));
        Assert.NotNull(error.TemplateLocation);
        Assert.StartsWith("ke-hoach.sbn(3,", error.TemplateLocation);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void A_failed_render_leaves_an_existing_file_untouched()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "ke-hoach.sbn"), "<document><section><p>unclosed</section></document>");
        var target = Path.Combine(folder.Path, "existing.docx");
        File.WriteAllBytes(target, [1, 2, 3]);

        Assert.Throws<MarkupException>(() => PlanRenderer.FromTemplateFolder(folder.Path).RenderToFile(ExamplePlans.Plan(Par), target));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
        Assert.Single(Directory.GetFiles(folder.Path, "*.docx*"));
    }

    [Fact]
    public void A_folder_overriding_only_the_signature_partial_keeps_every_other_default()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "_signature.sbn"), """
                <signing>
                  <recipients><recipient>Chỉ một nơi nhận.</recipient></recipients>
                  <signature>
                    <authority>TM. ỦY BAN NHÂN DÂN</authority>
                    <position>CHỦ TỊCH</position>
                    <signer>Ký thay {{ plan.signature.name }}</signer>
                  </signature>
                </signing>
            """);
        var plan = ExamplePlans.Plan(Par);
        var custom = PlanRenderer.FromTemplateFolder(folder.Path).RenderToBytes(plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(custom), false);
        var lines = DocxText.Lines(document);

        Assert.Contains("Ký thay Châu Ngọc Cẩn", lines);
        Assert.Contains("- Chỉ một nơi nhận.", lines);
        Assert.Contains("CHỦ TỊCH", lines);
        Assert.DoesNotContain("- Sở Nội vụ;", lines);

        // Everything but the signing table is what the defaults print.
        using var standard = WordprocessingDocument.Open(new MemoryStream(ExamplePlans.Docx(Par)), false);
        var defaults = DocxText.Lines(standard);
        var from = defaults.ToList().IndexOf("Nơi nhận:");
        var to = defaults.ToList().IndexOf("Châu Ngọc Cẩn");
        Assert.Equal(defaults.Take(from), lines.Take(from));
        Assert.Equal(defaults.Skip(to + 1), lines.SkipWhile(l => l != "Ký thay Châu Ngọc Cẩn").Skip(1));
    }

    [Fact]
    public void One_renderer_rendering_plans_in_parallel_gives_the_bytes_of_rendering_them_one_by_one()
    {
        var renderer = PlanRenderer.WithOptions(ExamplePlans.Options("13"));
        var plans = ExamplePlans.Names.Select(ExamplePlans.Plan).ToArray();
        var sequential = plans.Select(p => renderer.RenderToBytes(p)).ToArray();

        var jobs = Enumerable.Range(0, 12).Select(i => i % plans.Length).ToArray();
        var parallel = new byte[jobs.Length][];
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = renderer.RenderToBytes(plans[jobs[i]]));

        for (var i = 0; i < jobs.Length; i++)
        {
            Assert.Equal(sequential[jobs[i]], parallel[i]);
        }
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("cchc-render-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
