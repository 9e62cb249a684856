namespace CcHc.Docs.Markup.Tree;

/// <summary>Horizontal alignment of text in a table cell.</summary>
public enum CellAlignment
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Justified.</summary>
    Justify,
}
