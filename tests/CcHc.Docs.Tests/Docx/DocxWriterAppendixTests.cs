using CcHc.Docs.Docx;
using CcHc.Docs.Markup.Tree;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

public class DocxWriterAppendixTests
{
    private static List<W.Table> DataTables(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Where(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == "Nd30GridTable").ToList();

    [Fact]
    public void Appendix_heading_has_label_14_bold_title_upper_bold_italic_caption_and_a_rule()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var label = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First(p => p.InnerText == "Phụ lục I");
        var title = (Paragraph)label.NextSibling()!;
        var caption = (Paragraph)title.NextSibling()!;
        var rule = (Paragraph)caption.NextSibling()!;
        Assert.Equal((14.0, true, false), format.Uniform(label));
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS NĂM 2026 XÃ VĨNH PHONG", title.InnerText);
        Assert.Equal((14.0, true, false), format.Uniform(title));
        Assert.StartsWith("(Kèm theo Kế hoạch số 78/KH-UBND", caption.InnerText);
        Assert.Equal((14.0, false, true), format.Uniform(caption));
        Assert.All([label, title, caption], p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders);
        Assert.IsType<W.Table>(rule.NextSibling());

        // The appendix starts in its own section: the paragraph before the label ends the main section.
        var previous = label.PreviousSibling<Paragraph>()!;
        Assert.NotNull(previous.ParagraphProperties!.GetFirstChild<SectionProperties>());
    }

    [Fact]
    public void First_appendix_table_spans_the_landscape_width_with_a_repeated_header_and_bold_group_rows()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var table = DataTables(document)[0];
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(16838 - 1701 - 850, grid.Sum());
        Assert.Equal([680, 5386, 2268, 1984, 2268, 1701], grid); // 12/95/40/35/40/30 mm

        var rows = table.Elements<W.TableRow>().ToList();
        Assert.True(rows.Count > 40, "the sample table must be long enough to span pages");
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        var headerCell = rows[0].Elements<W.TableCell>().First().GetFirstChild<Paragraph>()!;
        Assert.Equal("STT", headerCell.InnerText);
        Assert.True(format.Bold(headerCell, headerCell.GetFirstChild<Run>()));
        Assert.Equal(JustificationValues.Center, format.Alignment(headerCell));

        var group = rows[1];
        Assert.Equal("ICông tác chỉ đạo điều hành CCHC", group.InnerText);
        var groupCells = group.Elements<W.TableCell>().ToList();
        Assert.Equal(5, groupCells[1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.All(groupCells, c => Assert.Equal((13.0, true, false), format.Uniform(c.GetFirstChild<Paragraph>()!)));

        var item = rows[2].Elements<W.TableCell>().Select(c => c.GetFirstChild<Paragraph>()!).ToList();
        Assert.Equal((13.0, false, false), format.Uniform(item[1]));
        Assert.Equal(JustificationValues.Center, format.Alignment(item[0]));
        Assert.Equal(JustificationValues.Both, format.Alignment(item[1]));
        Assert.Equal(JustificationValues.Left, format.Alignment(item[2]));
    }

    [Fact]
    public void Second_appendix_table_merges_cells_vertically_and_horizontally_and_applies_its_font_size()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var table = DataTables(document)[1];
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));

        var first = rows[0].Elements<W.TableCell>().ToList();
        Assert.Equal(5, first.Count);
        Assert.Equal(MergedCellValues.Restart, first[0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(2, first[3].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(TableVerticalAlignmentValues.Center, first[0].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);

        var second = rows[1].Elements<W.TableCell>().ToList();
        Assert.Equal(6, second.Count);
        Assert.Equal(["", "", "", "Chủ trì", "Phối hợp", ""], second.Select(c => c.InnerText));
        foreach (var index in new[] { 0, 1, 2, 5 })
        {
            var merge = second[index].TableCellProperties!.VerticalMerge!;
            Assert.True(merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
        }

        // Row "1": the "chủ trì" cell spans two rows; the next row gets a continuation cell there.
        var item1 = rows[3].Elements<W.TableCell>().ToList();
        Assert.Equal(MergedCellValues.Restart, item1[3].TableCellProperties!.VerticalMerge!.Val!.Value);
        var item2 = rows[4].Elements<W.TableCell>().ToList();
        Assert.Equal(6, item2.Count);
        Assert.Equal(MergedCellValues.Continue, item2[3].TableCellProperties!.VerticalMerge!.Val!.Value);

        // A cell with <p> and <item> children keeps them as separate paragraphs.
        Assert.Equal(
            ["Phối hợp với Ủy ban MTTQ Việt Nam xã tuyên truyền ý nghĩa, nội dung Chỉ số PAPI:", "- Luật Thực hiện dân chủ ở cơ sở;", "- Quy chế dân chủ ở cơ sở."],
            item1[1].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal((12.0, false, false), format.Uniform(item1[1].GetFirstChild<Paragraph>()!));

        var bold = rows[6].Elements<W.TableCell>().ElementAt(3).GetFirstChild<Paragraph>()!;
        Assert.Equal((12.0, true, false), format.Uniform(bold));
        Assert.Equal(JustificationValues.Right, format.Alignment(rows[6].Elements<W.TableCell>().Last().GetFirstChild<Paragraph>()!));
    }

    [Theory]
    [InlineData(new[] { "12mm", "3*", "*" }, 9355, new[] { 680, 6506, 2169 })]
    [InlineData(new[] { "*", "*" }, 9355, new[] { 4678, 4677 })]
    [InlineData(new[] { "100mm", "100mm" }, 9355, new[] { 4678, 4677 })]
    [InlineData(new[] { "50mm", "50mm" }, 9355, new[] { 4678, 4677 })]
    public void Column_widths_fill_the_text_width(string[] widths, int textWidth, int[] expected)
    {
        var columns = widths.Select(w => new TableColumn(w.EndsWith('*')
            ? ColumnWidth.Relative(w == "*" ? 1 : double.Parse(w[..^1], System.Globalization.CultureInfo.InvariantCulture))
            : ColumnWidth.Millimetres(double.Parse(w[..^2], System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var result = TableRenderer.ColumnWidths(columns, textWidth);
        Assert.Equal(textWidth, result.Sum());
        Assert.Equal(expected, result);
    }
}
