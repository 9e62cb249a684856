using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// The short solid rules NĐ30 draws under the issuing body, the Tiêu ngữ, the trích yếu and the
/// appendix caption.
/// </summary>
/// <remarks>
/// Technique: an empty paragraph of fixed 3-pt height, 3 pt below the text, whose TOP border is the rule, with left and
/// right indents of (available width − rule width) / 2, so the rule is centred and exactly as long
/// as asked. We do not put a border on the text paragraph itself: its indents would have to match
/// the text width, and an estimate a little too small would make the text wrap. We do not use a
/// drawing shape either: shapes need anchoring and render differently across Word and LibreOffice,
/// while a paragraph border is plain WordprocessingML that every reader draws the same way and
/// that moves with the text.
/// </remarks>
internal static class RuleLine
{
    /// <summary>Border width in eighths of a point: 0.75 pt, the usual hairline weight.</summary>
    private const uint BorderEighths = 6;

    /// <summary>A centred rule <paramref name="ruleWidth"/> twips long, <paramref name="spaceBefore"/> twips below the text above it.</summary>
    public static Paragraph Create(int availableWidth, int ruleWidth, int spaceAfter = 0, int spaceBefore = 60)
    {
        ruleWidth = Math.Clamp(ruleWidth, 240, availableWidth);
        var side = (availableWidth - ruleWidth) / 2;
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Rule },
            ParagraphBorders = new ParagraphBorders(new TopBorder
            {
                Val = BorderValues.Single, Size = BorderEighths, Space = 1, Color = "000000",
            }),
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = "60",
                LineRule = LineSpacingRuleValues.Exact,
            },
            Indentation = new Indentation
            {
                Left = side.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Right = side.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        return new Paragraph(properties);
    }
}
