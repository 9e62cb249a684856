using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

public class DocxWriterPageSetupTests
{
    private static List<SectionProperties> Sections(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart!.Document!.Body!;
        return body.Descendants<SectionProperties>().ToList();
    }

    [Fact]
    public void Main_section_is_A4_portrait_with_the_default_ND30_margins()
    {
        using var document = SampleDocument.Open();
        var main = Sections(document)[0];
        var size = main.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Null(size.Orient);
        var margin = main.GetFirstChild<PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);     // 20 mm
        Assert.Equal(1134, margin.Bottom!.Value);  // 20 mm
        Assert.Equal(1701u, margin.Left!.Value);   // 30 mm
        Assert.Equal(850u, margin.Right!.Value);   // 15 mm
        Assert.Equal(567u, margin.Header!.Value);  // 10 mm
    }

    [Fact]
    public void Document_has_one_portrait_and_two_landscape_appendix_sections_each_on_a_new_page()
    {
        using var document = SampleDocument.Open();
        var sections = Sections(document);
        Assert.Equal(3, sections.Count);
        foreach (var appendix in sections.Skip(1))
        {
            var size = appendix.GetFirstChild<PageSize>()!;
            Assert.Equal(16838u, size.Width!.Value);
            Assert.Equal(11906u, size.Height!.Value);
            Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
            Assert.Equal(SectionMarkValues.NextPage, appendix.GetFirstChild<SectionType>()!.Val!.Value);
            Assert.Equal(1701u, appendix.GetFirstChild<PageMargin>()!.Left!.Value);
        }

        // The last section's properties belong to the body; the others end a paragraph.
        Assert.IsType<Body>(sections[2].Parent);
        Assert.IsType<ParagraphProperties>(sections[0].Parent);
    }

    [Fact]
    public void Page_numbers_start_on_page_two_and_restart_at_one_in_each_appendix()
    {
        using var document = SampleDocument.Open();
        var main = document.MainDocumentPart!;
        var sections = Sections(document);
        Assert.Null(sections[0].GetFirstChild<PageNumberType>());
        Assert.All(sections.Skip(1), s => Assert.Equal(1, s.GetFirstChild<PageNumberType>()!.Start!.Value));
        foreach (var section in sections)
        {
            Assert.True(section.GetFirstChild<TitlePage>()!.Val!.Value);
            var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
            var first = (HeaderPart)main.GetPartById(references[HeaderFooterValues.First]);
            var standard = (HeaderPart)main.GetPartById(references[HeaderFooterValues.Default]);
            Assert.Empty(first.Header!.Descendants<SimpleField>());
            Assert.Equal(string.Empty, first.Header!.InnerText);
            var field = Assert.Single(standard.Header!.Descendants<SimpleField>());
            Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
            var paragraph = (Paragraph)field.Parent!;
            var format = new EffectiveFormatForHeader(main, paragraph);
            Assert.Equal(JustificationValues.Center, format.Alignment);
            Assert.Equal(14, format.SizePt);
        }
    }

    [Fact]
    public void Times_New_Roman_black_is_the_only_font_everywhere()
    {
        using var document = SampleDocument.Open();
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        Assert.Equal("Times New Roman", fonts.ComplexScript!.Value);
        Assert.Equal("Times New Roman", fonts.EastAsia!.Value);
        Assert.Equal("000000", defaults.Color!.Val!.Value);

        // No other font or colour is introduced anywhere.
        var allFonts = styles.Descendants<RunFonts>().Concat(document.MainDocumentPart.Document!.Descendants<RunFonts>());
        Assert.All(allFonts, f => Assert.Equal("Times New Roman", f.Ascii?.Value ?? "Times New Roman"));
        Assert.Empty(document.MainDocumentPart.Document!.Descendants<Color>());
        Assert.All(styles.Descendants<Color>(), c => Assert.Equal("000000", c.Val!.Value));
    }

    [Fact]
    public void Each_role_has_a_named_style()
    {
        using var document = SampleDocument.Open();
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("NĐ30 Căn cứ", styles["Nd30Basis"].StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal("NĐ30 Quốc hiệu", styles["Nd30NationalName"].StyleName!.Val!.Value);
        var used = document.MainDocumentPart.Document!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).ToHashSet();
        Assert.Superset(new HashSet<string> { "Nd30Basis", "Nd30Preamble", "Nd30Closing", "Heading1", "Heading2", "Heading3", "Nd30ListItem", "Nd30Body" }, used);
        Assert.All(used, id => Assert.Contains(id, styles.Keys));
    }

    /// <summary>Header paragraphs live in a header part; resolve their style from the main styles.</summary>
    private sealed class EffectiveFormatForHeader
    {
        public EffectiveFormatForHeader(MainDocumentPart main, Paragraph paragraph)
        {
            var id = paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value;
            var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
            Alignment = style.StyleParagraphProperties!.Justification!.Val!.Value;
            SizePt = int.Parse(style.StyleRunProperties!.FontSize!.Val!.Value!) / 2.0;
        }

        public JustificationValues Alignment { get; }

        public double SizePt { get; }
    }
}
