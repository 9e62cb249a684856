namespace CcHc.Docs.Import.Source;

/// <summary>
/// A table: rows of cells, each cell the paragraphs it holds. A merged cell appears once, at its first
/// grid column, with <see cref="SourceCell.Span"/> columns.
/// </summary>
internal sealed record SourceTable : SourceBlock
{
    public required IReadOnlyList<IReadOnlyList<SourceCell>> Rows { get; init; }

    /// <summary>Grid column widths in millimetres, when the source gives them.</summary>
    public IReadOnlyList<decimal> ColumnWidths { get; init; } = [];

    /// <summary>True when the table has no visible borders (a layout table: letterhead, signature).</summary>
    public bool Borderless { get; init; }

    /// <summary>The paragraph (line) number each row starts at, when the source gives them.</summary>
    public IReadOnlyList<int> RowNumbers { get; init; } = [];

    /// <summary>The number of leading rows marked as repeated header rows.</summary>
    public int HeaderRows { get; init; }
}

/// <summary>
/// One table cell: its paragraphs and the number of grid columns it spans; <paramref name="Continued"/> when it
/// continues a vertically merged cell from the row above (it then holds no paragraphs).
/// </summary>
internal sealed record SourceCell(IReadOnlyList<SourceParagraph> Paragraphs, int Span = 1, bool Continued = false)
{
    /// <summary>The cell's text: paragraphs joined by "\n", trimmed.</summary>
    public string Text => Paragraphs.Count switch
    {
        0 => "",
        1 => Paragraphs[0].Printed.Trim(),
        _ => string.Join("\n", Paragraphs.Select(p => p.Printed.Trim())).Trim(),
    };
}
