using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.Tests.Support;
using CcHc.Docs.WordTemplates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.WordTemplates;

public sealed class Nd30WordTemplateTests
{
    private static readonly Lazy<DocxTemplate> Template = new(() => DocxTemplate.Load(new MemoryStream(Nd30WordTemplate.Create()), Nd30WordTemplate.FileName));

    [Theory]
    [MemberData(nameof(ExamplePlans.All), MemberType = typeof(ExamplePlans))]
    public void The_exported_template_prints_each_example_as_the_sbn_templates_do(string name)
    {
        var output = Template.Value.Render(ExamplePlans.Plan(name));
        using var expected = ExamplePlans.Open(name);
        using var actual = WordprocessingDocument.Open(new MemoryStream(output), false);
        var expectedLines = DocxText.Lines(expected);
        var actualLines = DocxText.Lines(actual);
        Assert.True(expectedLines.Count > 40, "an example prints more than 40 paragraphs");
        for (var i = 0; i < Math.Min(expectedLines.Count, actualLines.Count); i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"paragraph {i + 1}:\n  .sbn:  {expectedLines[i]}\n  .docx: {actualLines[i]}");
        }
        Assert.Equal(expectedLines.Count, actualLines.Count);
        Assert.Empty(WordFixture.ValidationErrors(output));
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.All), MemberType = typeof(ExamplePlans))]
    public void The_output_has_one_section_per_appendix_plus_the_body_and_no_empty_last_section(string name)
    {
        var plan = ExamplePlans.Plan(name);
        using var actual = WordprocessingDocument.Open(new MemoryStream(Template.Value.Render(plan)), false);
        var body = actual.MainDocumentPart!.Document!.Body!;
        Assert.Equal(1 + plan.Appendices.Count, body.Descendants<SectionProperties>().Count());
        var last = body.Elements<SectionProperties>().Single();
        var landscape = last.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape;
        Assert.Equal(plan.Appendices.Count > 0, landscape);
    }

    [LibreOfficeFact]
    public void Each_rendered_example_opens_in_libreoffice_with_the_page_count_of_the_sbn_rendering()
    {
        var directory = Directory.CreateTempSubdirectory("cchc-word-pdf-");
        try
        {
            foreach (var name in ExamplePlans.Names)
            {
                int Pages(string kind, byte[] docx)
                {
                    var path = Path.Combine(directory.FullName, $"{name}-{kind}.docx");
                    File.WriteAllBytes(path, docx);
                    return LibreOffice.CountPdfPages(LibreOffice.ConvertToPdf(path, directory.FullName));
                }
                Assert.Equal((name, Pages("sbn", ExamplePlans.Docx(name))), (name, Pages("word", ExamplePlans.WordDocx(name))));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_template_itself_is_a_valid_word_file_with_its_tags_in_plain_sight()
    {
        var bytes = Nd30WordTemplate.Create();
        Assert.Empty(WordFixture.ValidationErrors(bytes));
        var lines = WordFixture.Lines(bytes);
        Assert.Contains("{{ for b in plan.body }}", lines);
        Assert.Contains("Số: {{ plan.letterhead.reference }}", lines);
    }
}
