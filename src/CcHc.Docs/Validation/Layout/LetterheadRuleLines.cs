using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>
/// Whether a solid line is drawn under a letterhead paragraph: a bottom border on it, a top border on a
/// following paragraph of the same cell, or a drawn shape (DrawingML or VML) in the cell after it.
/// </summary>
internal static class LetterheadRuleLines
{
    public static bool HasRuleUnder(LayoutDocument document, LayoutParagraph paragraph)
    {
        if (Border(paragraph.Element, bottom: true))
        {
            return true;
        }
        var after = document.Paragraphs.Where(p => p.Number > paragraph.Number && p.Cell == paragraph.Cell).Take(3);
        foreach (var next in after)
        {
            if (Border(next.Element, bottom: false) || HasShape(next.Element))
            {
                return true;
            }
            if (next.Text.Length > 0)
            {
                break;
            }
        }
        return HasShape(paragraph.Element);
    }

    private static bool Border(Paragraph paragraph, bool bottom)
    {
        var borders = paragraph.ParagraphProperties?.ParagraphBorders;
        BorderType? border = bottom ? borders?.BottomBorder : borders?.TopBorder;
        return border?.Val is { } value && value.InnerText is not ("none" or "nil" or "");
    }

    private static bool HasShape(OpenXmlElement element) =>
        element.Descendants().Any(e => e.LocalName is "drawing" or "pict" or "line" or "AlternateContent");
}
