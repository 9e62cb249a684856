using CcHc.Docs.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

public class DocxWriterBodyTests
{
    private static List<Paragraph> TopLevelParagraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    private static Paragraph Find(WordprocessingDocument document, string startsWith) =>
        TopLevelParagraphs(document).First(p => p.InnerText.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Title_kind_and_summary_are_centred_bold_with_a_short_rule_under_the_summary()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var paragraphs = TopLevelParagraphs(document);
        var kind = paragraphs.First(p => p.InnerText == "KẾ HOẠCH");
        var summary = (Paragraph)kind.NextSibling()!;
        var rule = (Paragraph)summary.NextSibling()!;
        Assert.Equal((14.0, true, false), format.Uniform(kind));
        Assert.Equal((14.0, true, false), format.Uniform(summary));
        // The writer sets the long trích yếu on balanced lines: its breaks stand where the spaces were.
        var summaryText = string.Concat(summary.Descendants().Select(e => e switch { Text t => t.Text, Break => " ", _ => "" }));
        Assert.StartsWith("Nâng cao Chỉ số Cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân", summaryText);
        Assert.Equal(JustificationValues.Center, format.Alignment(kind));
        Assert.Equal(JustificationValues.Center, format.Alignment(summary));
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders!.GetFirstChild<TopBorder>());
        var indent = int.Parse(rule.ParagraphProperties.Indentation!.Left!.Value!);
        var ruleWidth = 9355 - (2 * indent);
        Assert.InRange(ruleWidth, 9355 / 4, 9355 / 2);
    }

    [Fact]
    public void Basis_paragraphs_are_italic_justified_with_indent_and_6pt_before()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var bases = TopLevelParagraphs(document).Where(p => p.InnerText.StartsWith("Căn cứ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, bases.Count);
        foreach (var basis in bases)
        {
            Assert.Equal((14.0, false, true), format.Uniform(basis));
            Assert.Equal(JustificationValues.Both, format.Alignment(basis));
            Assert.Equal("720", format.FirstLineIndent(basis));
            Assert.Equal("120", format.SpaceBefore(basis));
        }

        Assert.EndsWith(";", bases[0].InnerText);
        var preamble = Find(document, "Ủy ban nhân dân xã Vĩnh Phong ban hành");
        Assert.Equal((14.0, false, false), format.Uniform(preamble));
        Assert.Contains("PAPI năm 2026 & các nhiệm vụ", preamble.InnerText);
    }

    [Fact]
    public void Body_paragraphs_are_14pt_justified_with_127cm_indent_6pt_before_and_115_spacing()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var body = Find(document, "Các cơ quan, đơn vị căn cứ Phụ lục I");
        Assert.Equal((14.0, false, false), format.Uniform(body));
        Assert.Equal(JustificationValues.Both, format.Alignment(body));
        Assert.Equal("720", format.FirstLineIndent(body));
        Assert.Equal("120", format.SpaceBefore(body));
        Assert.Equal("276", format.LineSpacing(body));
        var closing = Find(document, "Trên đây là Kế hoạch");
        Assert.EndsWith("triển khai thực hiện./.", closing.InnerText);
        Assert.Equal("Nd30Closing", closing.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void Headings_follow_the_ND30_scheme_per_level()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var level1 = Find(document, "I. ");
        Assert.Equal("I. MỤC ĐÍCH, YÊU CẦU", level1.InnerText);
        Assert.Equal((14.0, true, false), format.Uniform(level1));
        var level2 = Find(document, "1. Mục đích");
        Assert.Equal((14.0, true, false), format.Uniform(level2));
        var level3 = Find(document, "a) Chỉ số PAR Index");
        Assert.Equal((14.0, false, false), format.Uniform(level3));
        Assert.All([level1, level2, level3], h => Assert.NotNull(format.Style(h.ParagraphProperties!.ParagraphStyleId!.Val!.Value!).StyleParagraphProperties!.KeepNext));
        Assert.Equal(0, format.Style("Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void List_items_print_their_markers_and_inline_formatting()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        Assert.StartsWith("- Tiếp tục thực hiện Nghị quyết", Find(document, "- Tiếp tục").InnerText);
        Assert.StartsWith("+ Tham mưu Chủ tịch", Find(document, "+ ").InnerText);
        Assert.StartsWith("2. Công an xã:", Find(document, "2. Công an").InnerText);
        var withBold = Find(document, "Chủ trì, phối hợp với các cơ quan, đơn vị thực hiện các giải pháp nâng cao hiệu quả");
        var boldRun = withBold.Elements<Run>().Single(r => format.Bold(withBold, r));
        Assert.Equal("“Chuyển đổi số trong các cơ quan nhà nước”", boldRun.InnerText);
        var italic = Find(document, "- Bám sát").Elements<Run>().Single(r => r.RunProperties?.Italic is not null);
        Assert.StartsWith("“6 rõ:", italic.InnerText);
    }

    [Fact]
    public void Signing_block_puts_recipients_left_and_signature_right_in_a_borderless_table()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(9355, grid.Sum());
        Assert.InRange(grid[0] / (double)grid.Sum(), 0.30, 0.35);
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements, b => Assert.Equal(BorderValues.Nil, ((BorderType)b).Val!.Value));

        var cells = table.Elements<TableRow>().Single().Elements<TableCell>().ToList();
        var left = cells[0].Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", left[0].InnerText);
        Assert.Equal((12.0, true, true), format.Uniform(left[0]));
        Assert.Equal(JustificationValues.Left, format.Alignment(left[0]));
        Assert.Equal(["- UBND tỉnh;", "- Sở Nội vụ;", "- CT và các PCT UBND xã;", "- Các cơ quan, đơn vị thuộc xã;", "- Lưu: VT, VHXH."], left.Skip(1).Select(p => p.InnerText));
        Assert.All(left.Skip(1), p => Assert.Equal((11.0, false, false), format.Uniform(p)));

        var right = cells[1].Elements<Paragraph>().ToList();
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Châu Ngọc Cẩn"], right.Select(p => p.InnerText));
        Assert.All(right, p => Assert.Equal((14.0, true, false), format.Uniform(p)));
        Assert.All(right, p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));

        // "Nơi nhận:" is level with the first authority line; 25–30 mm blank above the name.
        Assert.Equal(format.SpaceBefore(left[0]), format.SpaceBefore(right[0]));
        Assert.InRange(int.Parse(format.SpaceBefore(right[3])!), Units.MmToTwips(25), Units.MmToTwips(30));
        Assert.NotNull(table.Elements<TableRow>().Single().TableRowProperties!.GetFirstChild<CantSplit>());
    }

    [Fact]
    public void The_13_pt_profile_sets_body_13_and_keeps_recipients_at_11()
    {
        using var document = SampleDocument.Open(FormattingProfile.Body13);
        var format = new EffectiveFormat(document);
        Assert.Equal((13.0, false, false), format.Uniform(Find(document, "Các cơ quan, đơn vị căn cứ Phụ lục I")));
        Assert.Equal((13.0, false, true), format.Uniform(Find(document, "Căn cứ Nghị quyết")));
        Assert.Equal((13.0, true, false), format.Uniform(Find(document, "I. MỤC ĐÍCH")));
        Assert.Equal("22", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => s.StyleId == "Nd30Recipient").StyleRunProperties!.FontSize!.Val!.Value);
    }
}
