namespace CcHc.Docs.Markup.Tree;

/// <summary>What a table row is.</summary>
public enum TableRowKind
{
    /// <summary>An ordinary data row.</summary>
    Normal,

    /// <summary>A header row: bold, centred, repeated at the top of every page.</summary>
    Header,

    /// <summary>A group row ("I  Cải cách thể chế"): bold; a single cell spans all columns.</summary>
    Group,
}
