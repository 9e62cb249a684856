namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A table row. As in HTML, a cell covered by a row span from a row above is simply left out of
/// the rows below it.
/// </summary>
public sealed class TableRow
{
    /// <summary>Creates a row.</summary>
    public TableRow(IEnumerable<TableCell> cells, TableRowKind kind = TableRowKind.Normal)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells.ToArray();
        Kind = kind;
    }

    private TableRow(TableCell[] cells, TableRowKind kind)
    {
        Cells = cells;
        Kind = kind;
    }

    /// <summary>The parser's constructor: takes ownership of <paramref name="cells"/> instead of copying it.</summary>
    internal static TableRow Adopt(TableCell[] cells, TableRowKind kind) => new(cells, kind);

    /// <summary>The cells that start in this row.</summary>
    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Header, group or normal.</summary>
    public TableRowKind Kind { get; }
}
