using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Reads &lt;table&gt;: &lt;columns&gt; first, then &lt;row&gt;s of &lt;cell&gt;s, each row straight into the tree.
/// Checks that the cells of every row, together with row spans from above, fill the declared columns exactly.
/// </summary>
/// <remarks>
/// Text directly inside &lt;table&gt; or &lt;row&gt; is reported before any other problem inside that element,
/// wherever the text is: when a problem is found, the rest of the element is searched for such text first.
/// </remarks>
internal sealed class TableReader(MarkupReader reader, ElementRules rules, CellContentReader cells)
{
    public const int MaxColumns = 63;

    private const string ColumnsFirst = "<table> must start with <columns> declaring each <column width=\"…\"/>.";

    private readonly List<TableCell> _rowCells = [];

    public TableBlock Read(in ElementStart table)
    {
        rules.AllowAttributes(table, "font-size");
        var fontSize = rules.Decimal(table, "font-size", 6, 28);
        try
        {
            return ReadContent(table, fontSize);
        }
        catch (MarkupException) when (!reader.SyntaxFailed)
        {
            if (reader.SeekStrayText(table))
            {
                rules.FailStrayText(table);
            }

            throw;
        }
    }

    private TableBlock ReadContent(in ElementStart table, double? fontSize)
    {
        List<TableColumn>? columns = null;
        RowGrid? grid = null;
        var rows = new List<TableRow>();
        var headerAllowed = true;
        while (reader.NextChild(table))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(table);
                continue;
            }

            var child = reader.Element();
            if (columns is null)
            {
                if (!child.Is("columns"))
                {
                    rules.Fail(child, ColumnsFirst);
                }

                columns = ReadColumns(child);
                grid = new RowGrid(columns.Count);
                continue;
            }

            if (!child.Is("row"))
            {
                rules.Unexpected(child, table, child.Is("columns") ? "one <columns> at the start" : "<row>");
            }

            rows.Add(ReadRow(child, grid!, ref headerAllowed));
        }

        if (columns is null)
        {
            rules.Fail(table, ColumnsFirst);
        }

        if (grid!.PendingRowSpan)
        {
            rules.Fail(table, "A cell's rowspan reaches past the last row; reduce the rowspan or add the missing rows.");
        }

        return new TableBlock(columns, rows, fontSize);
    }

    private List<TableColumn> ReadColumns(in ElementStart element)
    {
        rules.AllowAttributes(element);
        var columns = new List<TableColumn>();
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            if (!child.Is("column"))
            {
                rules.Unexpected(child, element, "<column width=\"…\"/>");
            }

            rules.AllowAttributes(child, "width", "align");
            var width = ParseWidth(child);
            var align = Alignment(child) ?? CellAlignment.Left;
            columns.Add(new TableColumn(width, align));

            // A column's content was never looked at; it is skipped, not checked.
            reader.SkipToEnd(child);
        }

        if (columns.Count is 0 or > MaxColumns)
        {
            rules.Fail(element, $"<columns> must declare from 1 to {MaxColumns} <column> elements.");
        }

        return columns;
    }

    private ColumnWidth ParseWidth(in ElementStart column)
    {
        var attribute = reader.Attribute("width");
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

        rules.Fail(column, attribute.GetValueOrDefault(), $"width=\"{text}\" is not valid; write millimetres (\"12mm\") or a relative share (\"3*\", \"*\").");
        return default;
    }

    private TableRow ReadRow(in ElementStart row, RowGrid grid, ref bool headerAllowed)
    {
        rules.AllowAttributes(row, "kind");
        var kind = rules.Enum(
            row, "kind", TableRowKind.Normal,
            ("normal", TableRowKind.Normal), ("header", TableRowKind.Header), ("group", TableRowKind.Group));
        if (kind == TableRowKind.Header && !headerAllowed)
        {
            rules.Fail(row, "Header rows (kind=\"header\") must come before all other rows; Word repeats only the leading rows.");
        }

        headerAllowed &= kind == TableRowKind.Header;
        try
        {
            return ReadCells(row, kind, grid);
        }
        catch (MarkupException) when (!reader.SyntaxFailed)
        {
            if (reader.SeekStrayText(row))
            {
                rules.FailStrayText(row);
            }

            throw;
        }
    }

    private TableRow ReadCells(in ElementStart row, TableRowKind kind, RowGrid grid)
    {
        grid.StartRow();
        _rowCells.Clear();
        var elements = 0;

        // A group row with one cell and no colspan spans every free column; whether the cell is alone
        // is known only at the next child element or at the end of the row, so its placing waits until then.
        CellParts? waiting = null;
        while (reader.NextChild(row))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(row);
                continue;
            }

            var element = reader.Element();
            elements++;
            if (waiting is { } first)
            {
                Place(first, 1, grid);
                waiting = null;
            }

            if (!element.Is("cell"))
            {
                rules.Unexpected(element, row, "<cell>");
            }

            var mayAutoSpan = kind == TableRowKind.Group && elements == 1 && reader.Attribute("colspan") is null;
            var cell = ReadCell(element);
            if (mayAutoSpan)
            {
                waiting = cell;
            }
            else
            {
                Place(cell, cell.ColumnSpan, grid);
            }
        }

        if (elements == 0)
        {
            rules.Fail(row, "<row> has no <cell>; add cells or remove the row.");
        }

        if (waiting is { } alone)
        {
            Place(alone, grid.FreeColumns, grid);
        }

        if (grid.FreeColumns != 0)
        {
            rules.Fail(row, $"The row covers {grid.ColumnCount - grid.FreeColumns} of the table's {grid.ColumnCount} columns; add cells or colspan.");
        }

        return TableRow.Adopt(_rowCells.ToArray(), kind);
    }

    private CellParts ReadCell(in ElementStart element)
    {
        rules.AllowAttributes(element, "colspan", "rowspan", "align", "valign", "bold");
        var colspan = rules.Integer(element, "colspan", 1, 1, MaxColumns);
        var rowspan = rules.Integer(element, "rowspan", 1, 1, 10_000);
        var align = Alignment(element);
        var valign = rules.Enum(
            element, "valign", CellVerticalAlignment.Top,
            ("top", CellVerticalAlignment.Top), ("center", CellVerticalAlignment.Center), ("bottom", CellVerticalAlignment.Bottom));
        var bold = rules.Boolean(element, "bold", false);
        return new CellParts(element, cells.Read(element), colspan, rowspan, align, valign, bold);
    }

    private void Place(in CellParts cell, int columnSpan, RowGrid grid)
    {
        // A span of 0 (a lone group cell in a row that rowspans from above already fill) does not fit either.
        if (columnSpan < 1 || grid.Place(columnSpan, cell.RowSpan) < 0)
        {
            rules.Fail(cell.Element, $"This cell does not fit: the row already fills the table's {grid.ColumnCount} columns (count colspans and rowspans from rows above).");
        }

        _rowCells.Add(TableCell.Adopt(cell.Blocks, columnSpan, cell.RowSpan, cell.Alignment, cell.VerticalAlignment, cell.Bold));
    }

    private CellAlignment? Alignment(in ElementStart element) =>
        reader.Attribute("align") is not { } attribute
            ? null
            : rules.Enum(
                element, "align", attribute, CellAlignment.Left,
                ("left", CellAlignment.Left), ("center", CellAlignment.Center),
                ("right", CellAlignment.Right), ("justify", CellAlignment.Justify));

    /// <summary>A cell read but not yet placed in the row.</summary>
    private readonly record struct CellParts(
        ElementStart Element,
        MarkupBlock[] Blocks,
        int ColumnSpan,
        int RowSpan,
        CellAlignment? Alignment,
        CellVerticalAlignment VerticalAlignment,
        bool Bold);
}
