using System.IO.Compression;
using CcHc.Docs.Docx;
using CcHc.Docs.Markup;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Footnotes;

/// <summary>Footnotes in the written .docx: the footnotes part, references, styles, validity, LibreOffice.</summary>
public sealed class DocxFootnoteTests
{
    private const string Markup = """
        <document><section>
          <p>Căn cứ Luật Tổ chức chính quyền địa phương<footnote>Luật số 72/2025/QH15, <i>sửa đổi</i> năm 2025.</footnote> và Kế hoạch của tỉnh.</p>
          <item marker="dash">Rà soát thủ tục<footnote>Theo Quyết định số 12/QĐ-UBND.</footnote>.</item>
          <table><columns><column width="20mm"/><column width="*"/></columns>
            <row kind="header"><cell>STT</cell><cell>Nội dung</cell></row>
            <row><cell>1</cell><cell>Số hóa hồ sơ<footnote>Chú thích trong bảng.</footnote></cell></row>
          </table>
        </section></document>
        """;

    private static byte[] Write(string markup, FormattingProfile? profile = null) =>
        new DocxWriter(new DocxWriterOptions { Profile = profile ?? FormattingProfile.Body14 })
            .WriteToArray(MarkupParser.Parse(markup, "footnotes.xml"));

    [Fact]
    public void Notes_are_numbered_in_document_order_with_separators_first()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Markup)), false);
        var footnotes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();
        var references = document.MainDocumentPart.Document!.Body!.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();

        Assert.Equal([-1L, 0L, 1L, 2L, 3L], footnotes.Select(f => f.Id!.Value));
        Assert.Equal(FootnoteEndnoteValues.Separator, footnotes[0].Type!.Value);
        Assert.NotNull(footnotes[0].Descendants<SeparatorMark>().SingleOrDefault());
        Assert.Equal(FootnoteEndnoteValues.ContinuationSeparator, footnotes[1].Type!.Value);
        Assert.NotNull(footnotes[1].Descendants<ContinuationSeparatorMark>().SingleOrDefault());
        Assert.Equal([1L, 2L, 3L], references);
        Assert.Equal(" Luật số 72/2025/QH15, sửa đổi năm 2025.", footnotes[2].InnerText);
        Assert.Equal(" Chú thích trong bảng.", footnotes[4].InnerText);
        // The note keeps its italic run.
        Assert.NotNull(footnotes[2].Descendants<Run>().Single(r => r.InnerText == "sửa đổi").RunProperties?.Italic);
    }

    [Fact]
    public void The_reference_in_the_text_and_the_number_in_the_note_are_superscript()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Markup)), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        var referenceStyle = styles.Single(s => s.StyleId == "FootnoteReference");
        var textStyle = styles.Single(s => s.StyleId == "FootnoteText");
        var bodyReference = document.MainDocumentPart.Document!.Body!.Descendants<FootnoteReference>().First().Parent as Run;
        var noteMark = document.MainDocumentPart.FootnotesPart!.Footnotes!.Descendants<FootnoteReferenceMark>().First().Parent as Run;

        Assert.Equal(StyleValues.Character, referenceStyle.Type!.Value);
        Assert.Equal(VerticalPositionValues.Superscript, referenceStyle.StyleRunProperties!.VerticalTextAlignment!.Val!.Value);
        Assert.Equal("FootnoteReference", bodyReference!.RunProperties!.RunStyle!.Val!.Value);
        Assert.Equal("FootnoteReference", noteMark!.RunProperties!.RunStyle!.Val!.Value);
        // Footnote text: 12 pt (24 half-points) in the 14-pt profile, Times New Roman from the document defaults.
        Assert.Equal("24", textStyle.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("Times New Roman", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!
            .RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        Assert.All(document.MainDocumentPart.FootnotesPart.Footnotes.Elements<Footnote>().Skip(2),
            note => Assert.Equal("FootnoteText", note.GetFirstChild<Paragraph>()!.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void The_13_pt_profile_sets_footnotes_in_11_pt()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Markup, FormattingProfile.Body13)), false);
        var textStyle = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "FootnoteText");

        Assert.Equal("22", textStyle.StyleRunProperties!.FontSize!.Val!.Value);
    }

    [Theory]
    [InlineData("14")]
    [InlineData("13")]
    public void A_document_with_footnotes_passes_the_OpenXml_validator(string profile)
    {
        using var document = WordprocessingDocument.Open(
            new MemoryStream(Write(Markup, profile == "13" ? FormattingProfile.Body13 : FormattingProfile.Body14)), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var settings = document.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.Equal([-1L, 0L], settings.GetFirstChild<FootnoteDocumentWideProperties>()!.Elements<FootnoteSpecialReference>().Select(r => r.Id!.Value));
    }

    [Fact]
    public void The_same_tree_gives_the_same_bytes()
    {
        Assert.Equal(Write(Markup), Write(Markup));
    }

    [Fact]
    public void A_note_on_a_capitals_heading_keeps_its_own_case()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(
            "<document><section><heading level=\"1\" label=\"I.\">Mục tiêu<footnote>Theo Nghị quyết số 76/NQ-CP.</footnote></heading></section></document>")), false);
        var heading = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();

        Assert.Equal("I. MỤC TIÊU", heading.InnerText);
        Assert.Single(heading.Descendants<FootnoteReference>());
        Assert.Equal(" Theo Nghị quyết số 76/NQ-CP.", document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Last().InnerText);
    }

    [Fact]
    public void A_document_without_footnotes_has_no_footnotes_part()
    {
        using var zip = new ZipArchive(new MemoryStream(Write("<document><section><p>Không có chú thích.</p></section></document>")), ZipArchiveMode.Read);

        Assert.DoesNotContain(zip.Entries, e => e.FullName == "word/footnotes.xml");
        using var reader = new StreamReader(zip.GetEntry("word/settings.xml")!.Open());
        Assert.DoesNotContain("footnotePr", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_placed_by_C_sharp_where_the_writer_has_no_place_for_it_is_refused()
    {
        var tree = new CcHc.Docs.Markup.Tree.MarkupDocument([new CcHc.Docs.Markup.Tree.MarkupSection([
            new CcHc.Docs.Markup.Tree.TitleBlock(
                [new CcHc.Docs.Markup.Tree.TextSpan("Kế hoạch")],
                [new CcHc.Docs.Markup.Tree.TextSpan("A"), new CcHc.Docs.Markup.Tree.Footnote([new CcHc.Docs.Markup.Tree.TextSpan("b")])])])]);

        var error = Assert.Throws<ArgumentException>(() => new DocxWriter().WriteToArray(tree));
        Assert.Contains("paragraph, heading, list item or table cell", error.Message, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public void LibreOffice_prints_the_notes_at_the_foot_of_the_page()
    {
        var text = PdfText.OfDocx(Write(Markup), "chu-thich");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // Each note's text is printed, after its number, below the body text and the table.
        var table = lines.FindIndex(l => l.Contains("Số hóa hồ sơ", StringComparison.Ordinal));
        var first = lines.FindIndex(l => l.Contains("Luật số 72/2025/QH15", StringComparison.Ordinal));
        var third = lines.FindIndex(l => l.Contains("Chú thích trong bảng.", StringComparison.Ordinal));
        Assert.True(table >= 0 && first > table && third > first, text);
        // pdftotext sets the superscript number on a line of its own or at the start of the note's line.
        Assert.True(lines[first].StartsWith('1') || lines[first - 1] == "1", text);
        Assert.True(lines[third].StartsWith('3') || lines[third - 1] == "3", text);
        // The references follow the words they belong to, as superscript digits.
        Assert.Contains(lines, l => l.Contains("phương1 và", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Theo Quyết định số 12/QĐ-UBND.", StringComparison.Ordinal));
    }
}
