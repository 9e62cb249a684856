namespace CcHc.Docs.Markup.Tree;

/// <summary>Vertical alignment of a table cell's content.</summary>
public enum CellVerticalAlignment
{
    /// <summary>At the top of the cell.</summary>
    Top,

    /// <summary>In the middle of the cell.</summary>
    Center,

    /// <summary>At the bottom of the cell.</summary>
    Bottom,
}
