namespace CcHc.Docs.WordTemplates;

/// <summary>What a tag does to the structure around it.</summary>
internal enum TagKind
{
    /// <summary>Prints a value or runs a statement; no block.</summary>
    Inline,

    /// <summary>Opens a block: for, while, if, case, capture, with, wrap, func, tablerow.</summary>
    Open,

    /// <summary>Continues the open block: else, else if, when.</summary>
    Middle,

    /// <summary>Closes the open block: end.</summary>
    End,
}
