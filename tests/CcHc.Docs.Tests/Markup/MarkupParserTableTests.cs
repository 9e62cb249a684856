using CcHc.Docs.Markup.Tree;
using static CcHc.Docs.Tests.Markup.MarkupSnippets;

namespace CcHc.Docs.Tests.Markup;

public class MarkupParserTableTests
{
    [Fact]
    public void Columns_take_millimetres_or_relative_shares_and_an_alignment()
    {
        var table = Single<TableBlock>("""
            <table font-size="12.5">
              <columns>
                <column width="12mm" align="center"/>
                <column width="3*" align="justify"/>
                <column width="*" align="right"/>
                <column width="0.5*"/>
              </columns>
              <row><cell>1</cell><cell>2</cell><cell>3</cell><cell>4</cell></row>
            </table>
            """);
        Assert.Equal(12.5, table.FontSize);
        Assert.Equal(ColumnWidth.Millimetres(12), table.Columns[0].Width);
        Assert.Equal(ColumnWidth.Relative(3), table.Columns[1].Width);
        Assert.Equal(ColumnWidth.Relative(1), table.Columns[2].Width);
        Assert.Equal(ColumnWidth.Relative(0.5), table.Columns[3].Width);
        Assert.Equal(
            [CellAlignment.Center, CellAlignment.Justify, CellAlignment.Right, CellAlignment.Left],
            table.Columns.Select(c => c.Alignment));
    }

    [Fact]
    public void Rows_have_kinds_and_cells_have_spans_alignment_and_weight()
    {
        var table = Single<TableBlock>("""
            <table>
              <columns><column width="*"/><column width="*"/><column width="*"/></columns>
              <row kind="header"><cell rowspan="2" valign="center">A</cell><cell colspan="2">B</cell></row>
              <row kind="header"><cell>B1</cell><cell>B2</cell></row>
              <row kind="group"><cell>I. Nhóm</cell></row>
              <row kind="group"><cell>II</cell><cell colspan="2">Nhóm</cell></row>
              <row><cell align="right" valign="bottom" bold="true">1</cell><cell rowspan="2">x</cell><cell>y</cell></row>
              <row kind="normal"><cell>2</cell><cell>z</cell></row>
            </table>
            """);
        Assert.Equal(
            [TableRowKind.Header, TableRowKind.Header, TableRowKind.Group, TableRowKind.Group, TableRowKind.Normal, TableRowKind.Normal],
            table.Rows.Select(r => r.Kind));
        var a = table.Rows[0].Cells[0];
        Assert.Equal((1, 2, CellVerticalAlignment.Center), (a.ColumnSpan, a.RowSpan, a.VerticalAlignment));
        Assert.Equal(2, table.Rows[0].Cells[1].ColumnSpan);
        Assert.Equal(3, Assert.Single(table.Rows[2].Cells).ColumnSpan); // a lone group cell spans all columns
        var one = table.Rows[4].Cells[0];
        Assert.Equal((CellAlignment.Right, CellVerticalAlignment.Bottom, true), (one.Alignment, one.VerticalAlignment, one.Bold));
        Assert.Null(table.Rows[4].Cells[1].Alignment);
        Assert.Equal(2, table.Rows[5].Cells.Count);
    }

    [Theory]
    [InlineData("<row><cell>a</cell></row>", "covers 1 of the table's 2 columns")]
    [InlineData("<row><cell>a</cell><cell>b</cell><cell>c</cell></row>", "does not fit")]
    [InlineData("<row><cell colspan=\"3\">a</cell></row>", "does not fit")]
    [InlineData("<row><cell rowspan=\"2\">a</cell><cell>b</cell></row><row><cell>c</cell><cell>d</cell></row>", "does not fit")]
    [InlineData("<row><cell rowspan=\"3\">a</cell><cell>b</cell></row><row><cell>c</cell></row>", "rowspan reaches past the last row")]
    [InlineData("<row><cell>a</cell><cell>b</cell></row><row kind=\"header\"><cell>a</cell><cell>b</cell></row>", "Header rows (kind=\"header\") must come before")]
    [InlineData("<row/>", "<row> has no <cell>")]
    [InlineData("<row><td>a</td></row>", "<td> is not allowed inside <row>")]
    public void Rows_must_fill_the_columns_exactly(string rows, string message)
    {
        var error = Error($"<document><section><table><columns><column width=\"*\"/><column width=\"*\"/></columns>{rows}</table></section></document>");
        Assert.Contains(message, error.Problem);
    }

    [Theory]
    [InlineData("<column width=\"12\"/>", "width=\"12\" is not valid")]
    [InlineData("<column width=\"12cm\"/>", "width=\"12cm\" is not valid")]
    [InlineData("<column width=\"-3*\"/>", "width=\"-3*\" is not valid")]
    [InlineData("<column width=\"0mm\"/>", "width=\"0mm\" is not valid")]
    [InlineData("<column/>", "needs the attribute width")]
    [InlineData("<column width=\"*\" align=\"middle\"/>", "align=\"middle\" is not valid; use one of \"left\", \"center\", \"right\", \"justify\"")]
    public void Column_errors(string column, string message)
    {
        var error = Error($"<document><section><table><columns>{column}</columns><row><cell/></row></table></section></document>");
        Assert.Contains(message, error.Problem);
        Assert.Equal("column", error.ElementName);
    }

    [Fact]
    public void Table_must_start_with_columns()
    {
        var error = Error("<document><section><table><row><cell/></row></table></section></document>");
        Assert.Contains("<table> must start with <columns>", error.Problem);
    }
}
