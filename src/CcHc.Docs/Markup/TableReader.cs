using System.Xml.Linq;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Reads &lt;table&gt;: &lt;columns&gt; first, then &lt;row&gt;s of &lt;cell&gt;s. Checks that the cells of
/// every row, together with row spans from above, fill the declared columns exactly.
/// </summary>
internal sealed class TableReader(ElementRules rules, DocumentReader blocks)
{
    public const int MaxColumns = 63;

    public TableBlock Read(XElement table)
    {
        rules.AllowAttributes(table, "font-size");
        var fontSize = rules.Decimal(table, "font-size", 6, 28);
        var children = rules.ChildElements(table).ToList();
        if (children.Count == 0 || children[0].Name != "columns")
        {
            rules.Fail(children.Count == 0 ? table : children[0], "<table> must start with <columns> declaring each <column width=\"…\"/>.");
        }

        var columns = ReadColumns(children[0]);
        var grid = new RowGrid(columns.Count);
        var rows = new List<TableRow>();
        var headerAllowed = true;
        foreach (var child in children.Skip(1))
        {
            if (child.Name != "row")
            {
                rules.Unexpected(child, table, child.Name == "columns" ? "one <columns> at the start" : "<row>");
            }

            var row = ReadRow(child, grid, ref headerAllowed);
            rows.Add(row);
        }

        if (grid.PendingRowSpan)
        {
            rules.Fail(table, "A cell's rowspan reaches past the last row; reduce the rowspan or add the missing rows.");
        }

        return new TableBlock(columns, rows, fontSize);
    }

    private List<TableColumn> ReadColumns(XElement element)
    {
        rules.AllowAttributes(element);
        var columns = new List<TableColumn>();
        foreach (var child in rules.ChildElements(element))
        {
            if (child.Name != "column")
            {
                rules.Unexpected(child, element, "<column width=\"…\"/>");
            }

            rules.AllowAttributes(child, "width", "align");
            var width = ParseWidth(child);
            var align = Alignment(child) ?? CellAlignment.Left;
            columns.Add(new TableColumn(width, align));
        }

        if (columns.Count is 0 or > MaxColumns)
        {
            rules.Fail(element, $"<columns> must declare from 1 to {MaxColumns} <column> elements.");
        }

        return columns;
    }

    private ColumnWidth ParseWidth(XElement column)
    {
        var text = rules.Required(column, "width").Trim();
        if (text == "*")
        {
            return ColumnWidth.Relative(1);
        }

        if (text.EndsWith('*') && ElementRules.TryParseDecimal(text[..^1], out var share) && share > 0 && share <= 1000)
        {
            return ColumnWidth.Relative(share);
        }

        if (text.EndsWith("mm", StringComparison.Ordinal)
            && ElementRules.TryParseDecimal(text[..^2], out var mm) && mm > 0 && mm <= 1000)
        {
            return ColumnWidth.Millimetres(mm);
        }

        rules.Fail(column.Attribute("width")!, $"width=\"{text}\" is not valid; write millimetres (\"12mm\") or a relative share (\"3*\", \"*\").");
        return default;
    }

    private TableRow ReadRow(XElement element, RowGrid grid, ref bool headerAllowed)
    {
        rules.AllowAttributes(element, "kind");
        var kind = rules.Enum(
            element, "kind", TableRowKind.Normal,
            ("normal", TableRowKind.Normal), ("header", TableRowKind.Header), ("group", TableRowKind.Group));
        if (kind == TableRowKind.Header && !headerAllowed)
        {
            rules.Fail(element, "Header rows (kind=\"header\") must come before all other rows; Word repeats only the leading rows.");
        }

        headerAllowed &= kind == TableRowKind.Header;
        var cellElements = rules.ChildElements(element).ToList();
        if (cellElements.Count == 0)
        {
            rules.Fail(element, "<row> has no <cell>; add cells or remove the row.");
        }

        grid.StartRow();
        var cells = new List<TableCell>();
        foreach (var cellElement in cellElements)
        {
            if (cellElement.Name != "cell")
            {
                rules.Unexpected(cellElement, element, "<cell>");
            }

            // A group row with one cell and no colspan spans every free column.
            var autoSpan = kind == TableRowKind.Group && cellElements.Count == 1 && cellElement.Attribute("colspan") is null;
            var cell = ReadCell(cellElement, autoSpan ? grid.FreeColumns : 1);
            if (grid.Place(cell.ColumnSpan, cell.RowSpan) < 0)
            {
                rules.Fail(cellElement, $"This cell does not fit: the row already fills the table's {grid.ColumnCount} columns (count colspans and rowspans from rows above).");
            }

            cells.Add(cell);
        }

        if (grid.FreeColumns != 0)
        {
            rules.Fail(element, $"The row covers {grid.ColumnCount - grid.FreeColumns} of the table's {grid.ColumnCount} columns; add cells or colspan.");
        }

        return new TableRow(cells, kind);
    }

    private TableCell ReadCell(XElement element, int defaultSpan)
    {
        rules.AllowAttributes(element, "colspan", "rowspan", "align", "valign", "bold");
        var colspan = rules.Integer(element, "colspan", defaultSpan, 1, MaxColumns);
        var rowspan = rules.Integer(element, "rowspan", 1, 1, 10_000);
        var align = Alignment(element);
        var valign = rules.Enum(
            element, "valign", CellVerticalAlignment.Top,
            ("top", CellVerticalAlignment.Top), ("center", CellVerticalAlignment.Center), ("bottom", CellVerticalAlignment.Bottom));
        var bold = rules.Boolean(element, "bold", false);
        return new TableCell(ReadCellContent(element), colspan, rowspan, align, valign, bold);
    }

    private List<MarkupBlock> ReadCellContent(XElement cell)
    {
        var blockMode = cell.Elements().Any(e => e.Name == "p" || e.Name == "item");
        if (!blockMode)
        {
            var inlines = blocks.ReadInlines(cell);
            return inlines.Count == 0 ? [] : [new ParagraphBlock(inlines, ParagraphRole.Plain)];
        }

        var result = new List<MarkupBlock>();
        foreach (var child in rules.ChildElements(cell))
        {
            result.Add(blocks.ReadCellBlock(child, cell));
        }

        return result;
    }

    private CellAlignment? Alignment(XElement element) =>
        element.Attribute("align") is null
            ? null
            : rules.Enum(
                element, "align", CellAlignment.Left,
                ("left", CellAlignment.Left), ("center", CellAlignment.Center),
                ("right", CellAlignment.Right), ("justify", CellAlignment.Justify));
}
