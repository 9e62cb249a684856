namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A table cell: one or more paragraphs (<see cref="ParagraphBlock"/> or <see cref="ListItemBlock"/>),
/// spans, alignment and weight.
/// </summary>
public sealed class TableCell
{
    /// <summary>Creates a cell.</summary>
    public TableCell(
        IEnumerable<MarkupBlock> blocks,
        int columnSpan = 1,
        int rowSpan = 1,
        CellAlignment? alignment = null,
        CellVerticalAlignment verticalAlignment = CellVerticalAlignment.Top,
        bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        Blocks = blocks.ToArray();
        if (Blocks.Any(b => b is not ParagraphBlock and not ListItemBlock))
        {
            throw new ArgumentException("A table cell holds only paragraphs and list items.", nameof(blocks));
        }

        ColumnSpan = columnSpan;
        RowSpan = rowSpan;
        Alignment = alignment;
        VerticalAlignment = verticalAlignment;
        Bold = bold;
    }

    private TableCell(
        MarkupBlock[] blocks, int columnSpan, int rowSpan, CellAlignment? alignment, CellVerticalAlignment verticalAlignment, bool bold)
    {
        Blocks = blocks;
        ColumnSpan = columnSpan;
        RowSpan = rowSpan;
        Alignment = alignment;
        VerticalAlignment = verticalAlignment;
        Bold = bold;
    }

    /// <summary>
    /// The parser's constructor: takes ownership of <paramref name="blocks"/> (paragraphs and list items
    /// only, spans of at least 1, as the parser guarantees) instead of copying and checking it.
    /// </summary>
    internal static TableCell Adopt(
        MarkupBlock[] blocks, int columnSpan, int rowSpan, CellAlignment? alignment, CellVerticalAlignment verticalAlignment, bool bold) =>
        new(blocks, columnSpan, rowSpan, alignment, verticalAlignment, bold);

    /// <summary>The cell's paragraphs; an empty cell has none.</summary>
    public IReadOnlyList<MarkupBlock> Blocks { get; }

    /// <summary>Number of grid columns the cell covers (1 or more).</summary>
    public int ColumnSpan { get; }

    /// <summary>Number of rows the cell covers (1 or more).</summary>
    public int RowSpan { get; }

    /// <summary>Horizontal alignment; null means the column's alignment.</summary>
    public CellAlignment? Alignment { get; }

    /// <summary>Vertical alignment.</summary>
    public CellVerticalAlignment VerticalAlignment { get; }

    /// <summary>True when the whole cell is bold.</summary>
    public bool Bold { get; }
}
