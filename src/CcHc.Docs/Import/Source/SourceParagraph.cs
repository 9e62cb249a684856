namespace CcHc.Docs.Import.Source;

/// <summary>
/// A paragraph as the reader sees it: its text (a line break is "\n", a tab "\t"), the label Word's
/// automatic numbering prints before it (if any), and whether every letter is bold or italic.
/// </summary>
internal sealed record SourceParagraph : SourceBlock
{
    public required string Text { get; init; }

    public string? NumberingLabel { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>True when the paragraph has a heading style or outline level (a .docx heading).</summary>
    public bool Heading { get; init; }

    /// <summary>True when a page break or a section break comes before the paragraph.</summary>
    public bool AfterBreak { get; init; }

    /// <summary>The text with the automatic label in front, as printed.</summary>
    public string Printed => NumberingLabel is null ? Text : NumberingLabel + " " + Text;
}
