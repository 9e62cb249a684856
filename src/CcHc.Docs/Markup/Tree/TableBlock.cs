namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A bordered table spanning the text width: declared columns, header rows repeated on every page,
/// then group and data rows.
/// </summary>
public sealed class TableBlock : MarkupBlock
{
    /// <summary>Creates a table; the rows' cells must fill the columns exactly (the parser checks this).</summary>
    public TableBlock(IEnumerable<TableColumn> columns, IEnumerable<TableRow> rows, double? fontSize = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = columns.ToArray();
        Rows = rows.ToArray();
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        FontSize = fontSize;
    }

    /// <summary>The columns, left to right.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>All rows, header rows first.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Text size in points; null means the profile's table size.</summary>
    public double? FontSize { get; }
}
