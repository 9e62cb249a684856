using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// The heading lines of an appendix (Mẫu 2.1): "Phụ lục I" 14 pt bold, the title in capitals and
/// bold, the italic caption, then a short rule and 6 pt before the table.
/// </summary>
internal static class AppendixHeadingRenderer
{
    public static IEnumerable<WordElement> Render(AppendixHeadingBlock block, PageGeometry page, FormattingProfile profile)
    {
        yield return ParagraphFactory.Create(StyleIds.AppendixLabel, block.Label);
        yield return ParagraphFactory.Create(StyleIds.AppendixTitle, block.Title, upperCase: true);
        var last = block.Title;
        var bold = true;
        if (block.Caption.Count > 0)
        {
            yield return ParagraphFactory.Create(StyleIds.AppendixCaption, block.Caption);
            last = block.Caption;
            bold = false;
        }

        var longest = ParagraphFactory.Lines(last).Max(line => TextWidthEstimator.Twips(line, profile.Body, bold));

        // 6 pt clear of the caption: its italic descenders otherwise meet a rule 3 pt below and it reads as an underline.
        yield return RuleLine.Create(page.TextWidth, Math.Min(longest, page.TextWidth) / 3, spaceAfter: 120, spaceBefore: bold ? 60 : 120);
    }
}
