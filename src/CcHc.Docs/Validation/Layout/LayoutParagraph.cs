using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>Where a paragraph sits in an NĐ30 document, as far as the layout rules care.</summary>
internal enum LayoutRole
{
    Other,
    ParentBody,
    Issuer,
    NationalName,
    Motto,
    Number,
    DateLine,
    TitleKind,
    Summary,
    Body,
    Heading,
    RecipientsHeading,
    Recipient,
    Signature,
    Appendix,
}

/// <summary>
/// One paragraph with its effective formatting: text, every distinct size (pt) and font of its letters,
/// whether all letters are bold / italic, its line spacing, and the table cell holding it (if any).
/// </summary>
internal sealed record LayoutParagraph(int Number, Paragraph Element, string Text)
{
    public LayoutRole Role { get; set; }

    public IReadOnlyList<decimal> Sizes { get; init; } = [];

    public IReadOnlyList<string> Fonts { get; init; } = [];

    public bool AllBold { get; init; }

    public bool AllItalic { get; init; }

    public bool AnyCaps { get; init; }

    /// <summary>Line spacing: value and rule ("auto", "exact", "atLeast"), when any is set.</summary>
    public (int Line, string Rule)? Spacing { get; init; }

    public TableCell? Cell { get; init; }

    /// <summary>The text as printed: upper-cased when the run says "all caps".</summary>
    public string Shown => AnyCaps ? Vietnamese.VietnameseCase.ToUpper(Text) : Text;
}
