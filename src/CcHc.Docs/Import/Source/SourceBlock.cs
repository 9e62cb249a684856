namespace CcHc.Docs.Import.Source;

/// <summary>One block of an imported document in reading order: a paragraph or a table.</summary>
internal abstract record SourceBlock
{
    /// <summary>1-based paragraph number of the block's first paragraph (line number for plain text).</summary>
    public required int Number { get; init; }

    /// <summary>0-based index of the document section (page setup) the block is in.</summary>
    public int Section { get; init; }
}
