namespace CcHc.Docs.Markup.Tree;

/// <summary>A table column: its width and the default alignment of its cells.</summary>
public sealed class TableColumn
{
    /// <summary>Creates a column.</summary>
    public TableColumn(ColumnWidth width, CellAlignment alignment = CellAlignment.Left)
    {
        Width = width;
        Alignment = alignment;
    }

    /// <summary>The column's width.</summary>
    public ColumnWidth Width { get; }

    /// <summary>Alignment used by cells that do not set their own.</summary>
    public CellAlignment Alignment { get; }
}
