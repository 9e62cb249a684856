using CcHc.Docs.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

public class DocxWriterLetterheadTests
{
    private static Table Letterhead(WordprocessingDocument document) =>
        Assert.IsType<Table>(document.MainDocumentPart!.Document!.Body!.FirstChild);

    private static List<Paragraph> CellParagraphs(Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column).Elements<Paragraph>().ToList();

    /// <summary>Rule width in twips: the cell width minus the equal left and right indents.</summary>
    private static int RuleWidth(Paragraph rule, int cellWidth)
    {
        Assert.Null(rule.GetFirstChild<Run>());
        var border = rule.ParagraphProperties!.ParagraphBorders!.GetFirstChild<TopBorder>()!;
        Assert.Equal(BorderValues.Single, border.Val!.Value);
        var indentation = rule.ParagraphProperties.Indentation!;
        Assert.Equal(indentation.Left!.Value, indentation.Right!.Value);
        return cellWidth - (2 * int.Parse(indentation.Left!.Value!));
    }

    [Fact]
    public void Letterhead_is_a_borderless_two_column_table_3685_5670_with_zero_cell_margins()
    {
        using var document = SampleDocument.Open();
        var table = Letterhead(document);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(["3685", "5670"], grid);
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.All(properties.TableBorders!.ChildElements, b => Assert.Equal(BorderValues.Nil, ((BorderType)b).Val!.Value));
        Assert.Equal(0, properties.TableCellMarginDefault!.TableCellLeftMargin!.Width!.Value);
        Assert.Equal(0, properties.TableCellMarginDefault!.TableCellRightMargin!.Width!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.Equal(2, table.Elements<TableRow>().Count());
    }

    [Fact]
    public void Left_cell_has_parent_body_plain_issuing_body_bold_upper_and_a_short_centred_rule()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var left = CellParagraphs(Letterhead(document), 0, 0);
        Assert.Equal(3, left.Count);

        Assert.Equal("UBND TỈNH AN GIANG", left[0].InnerText);
        Assert.Equal((13.0, false, false), format.Uniform(left[0]));
        Assert.Equal(JustificationValues.Center, format.Alignment(left[0]));

        // Two lines, upper-cased by the writer from "Ủy ban nhân dân<br/>xã Vĩnh Phong".
        Assert.Equal("ỦY BAN NHÂN DÂNXÃ VĨNH PHONG", left[1].InnerText);
        Assert.Single(left[1].Descendants<Break>());
        Assert.Equal((13.0, true, false), format.Uniform(left[1]));
        Assert.Equal(JustificationValues.Center, format.Alignment(left[1]));

        // NĐ30: 1/3 to 1/2 of the line; ≈15–22 mm under "ỦY BAN NHÂN DÂN" at 13 pt.
        var width = RuleWidth(left[2], 3685);
        Assert.InRange(width, Units.MmToTwips(15), Units.MmToTwips(22));
    }

    [Fact]
    public void Right_cell_has_national_name_13_bold_motto_14_bold_and_a_rule_as_long_as_the_motto()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var right = CellParagraphs(Letterhead(document), 0, 1);
        Assert.Equal(3, right.Count);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right[0].InnerText);
        Assert.Equal((13.0, true, false), format.Uniform(right[0]));
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", right[1].InnerText);
        Assert.Equal((14.0, true, false), format.Uniform(right[1]));
        Assert.All(right.Take(2), p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));

        // The motto is ≈60 mm wide at 14 pt bold (measured with Liberation Serif, spec/nd30.md S6).
        var width = RuleWidth(right[2], 5670);
        Assert.InRange(width, Units.MmToTwips(55), Units.MmToTwips(65));
    }

    [Fact]
    public void Second_row_has_the_number_upright_and_the_place_date_italic_both_centred()
    {
        using var document = SampleDocument.Open();
        var format = new EffectiveFormat(document);
        var table = Letterhead(document);
        var number = Assert.Single(CellParagraphs(table, 1, 0));
        var date = Assert.Single(CellParagraphs(table, 1, 1));
        Assert.Equal("Số: 78/KH-UBND", number.InnerText);
        Assert.Equal((13.0, false, false), format.Uniform(number));
        Assert.Equal("Vĩnh Phong, ngày 20 tháng 3 năm 2026", date.InnerText);
        Assert.Equal((14.0, false, true), format.Uniform(date));
        Assert.Equal(JustificationValues.Center, format.Alignment(number));
        Assert.Equal(JustificationValues.Center, format.Alignment(date));
    }

    [Fact]
    public void The_13_pt_profile_uses_12_pt_national_name_and_13_pt_motto()
    {
        using var document = SampleDocument.Open(FormattingProfile.Body13);
        var format = new EffectiveFormat(document);
        var table = Letterhead(document);
        var right = CellParagraphs(table, 0, 1);
        Assert.Equal((12.0, true, false), format.Uniform(right[0]));
        Assert.Equal((13.0, true, false), format.Uniform(right[1]));
        Assert.Equal((12.0, true, false), format.Uniform(CellParagraphs(table, 0, 0)[1]));
        Assert.Equal((13.0, false, true), format.Uniform(CellParagraphs(table, 1, 1)[0]));
    }
}
