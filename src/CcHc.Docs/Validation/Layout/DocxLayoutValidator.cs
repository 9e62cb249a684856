using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Validation.Layout;

/// <summary>
/// Checks what only a .docx has: NĐ30's page setup, fonts, sizes, letterhead rules, title, date line, page
/// numbers, nơi nhận and line spacing (codes KH1001–KH1012, docs/validation.md). Each fault is reported once
/// per document, located at a paragraph number ("paragraph 12") as Word counts them, table cells included.
/// </summary>
public static class DocxLayoutValidator
{
    private static readonly ILayoutRule[] Rules =
    [
        new PaperSizeRule(),
        new MarginsRule(),
        new FontFamilyRule(),
        new BodySizeRule(),
        new LetterheadFormatRule(),
        new IssuerRuleLineRule(),
        new MottoRuleLineRule(),
        new TitleFormatRule(),
        new DateLineItalicRule(),
        new PageNumberRule(),
        new RecipientsSizeRule(),
        new LineSpacingRule(),
    ];

    /// <summary>The layout diagnostics of a .docx, in paragraph order then by code.</summary>
    public static ValidationReport Validate(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The file has no main document part; it is not a Word document.");
        var layout = LayoutDocument.Read(main);
        var diagnostics = Rules.SelectMany(r => r.Check(layout))
            .OrderBy(d => ParagraphOf(d.Path))
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(diagnostics);
    }

    private static int ParagraphOf(string path) =>
        int.TryParse(path.AsSpan("paragraph ".Length), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
