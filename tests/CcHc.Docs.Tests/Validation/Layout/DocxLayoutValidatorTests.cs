using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.Validation;
using CcHc.Docs.Validation.Layout;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Validation.Layout;

public class DocxLayoutValidatorTests
{
    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfiles), MemberType = typeof(ExamplePlans))]
    public void Our_rendered_examples_have_no_layout_fault(string name, string size)
    {
        var report = DocxLayoutValidator.Validate(new MemoryStream(ExamplePlans.Docx(name, size)));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_misformatted_docx_reports_each_fault_once_with_its_code_and_paragraph()
    {
        var bytes = Misformat(ExamplePlans.Docx("vinh-phong-tuyen-truyen-cchc-2026"));
        var report = DocxLayoutValidator.Validate(new MemoryStream(bytes));

        Assert.Equal(["KH1002", "KH1004", "KH1007", "KH1010"], report.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(report.Diagnostics, d => Assert.StartsWith("paragraph ", d.Path, StringComparison.Ordinal));
        // Paragraph 1 is the issuer in the letterhead cell: page setup and page numbers are located at the first paragraph.
        Assert.Equal("paragraph 1", Single(report, "KH1002").Path);
        Assert.Equal("paragraph 1", Single(report, "KH1010").Path);
        // The motto is paragraph 4 (issuer, its rule, Quốc hiệu, motto), its own rule having been removed.
        Assert.Equal("paragraph 4", Single(report, "KH1007").Path);
        Assert.Contains("12 pt", Single(report, "KH1004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_letterhead_and_title_fault_has_its_own_code()
    {
        using var stream = new MemoryStream();
        stream.Write(ExamplePlans.Docx("vinh-thong-cchc-2026"));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            Style(styles, "Nd30IssuingBody").StyleRunProperties!.RemoveAllChildren<Bold>();
            Style(styles, "Nd30PlaceDate").StyleRunProperties!.RemoveAllChildren<Italic>();
            Style(styles, "Nd30TitleKind").StyleRunProperties!.RemoveAllChildren<Bold>();
            Style(styles, "Nd30RecipientsHeading").StyleRunProperties!.RemoveAllChildren<Italic>();
            var body = document.MainDocumentPart.Document!.Body!;
            var issuerRule = body.Descendants<TableCell>().First().Elements<Paragraph>().Last();
            issuerRule.Remove();
        }
        var report = DocxLayoutValidator.Validate(new MemoryStream(stream.ToArray()));
        Assert.Equal(["KH1005", "KH1006", "KH1008", "KH1009", "KH1011"], report.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    private static Diagnostic Single(ValidationReport report, string code) => Assert.Single(report.Diagnostics, d => d.Code == code);

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId?.Value == id);

    /// <summary>Wrong margins, 12 pt body text, no page numbers, no rule under the motto.</summary>
    internal static byte[] Misformat(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            foreach (var margin in main.Document!.Body!.Descendants<PageMargin>())
            {
                margin.Left = 1134;   // 20 mm instead of 30–35
            }
            var styles = main.StyleDefinitionsPart!.Styles!;
            foreach (var id in new[] { "Nd30Body", "Nd30Basis", "Nd30Preamble", "Nd30Closing", "Nd30ListItem", "Heading1", "Heading2", "Heading3", "Heading4" })
            {
                var style = styles.Elements<Style>().SingleOrDefault(s => s.StyleId?.Value == id);
                if (style?.StyleRunProperties is { } run)
                {
                    run.RemoveAllChildren<FontSize>();
                    run.RemoveAllChildren<FontSizeComplexScript>();
                    run.Append(new FontSize { Val = "24" });
                }
            }
            foreach (var header in main.HeaderParts)
            {
                foreach (var field in header.Header!.Descendants<SimpleField>().ToList())
                {
                    field.Remove();
                }
                foreach (var code in header.Header.Descendants<FieldCode>().ToList())
                {
                    code.Parent!.Remove();
                }
            }
            var motto = main.Document.Body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Độc lập", StringComparison.Ordinal));
            (motto.NextSibling() as Paragraph)?.Remove();
        }
        return stream.ToArray();
    }
}
