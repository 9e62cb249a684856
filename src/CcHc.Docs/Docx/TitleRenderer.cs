using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// "KẾ HOẠCH" and the trích yếu, centred and bold (spec/nd30.md section 4), with a rule one third
/// as long as the trích yếu's longest line under it and 6 pt after. A trích yếu too long for one line is set on
/// balanced lines (<see cref="TitleLineBreaker"/>).
/// </summary>
internal static class TitleRenderer
{
    public static IEnumerable<WordElement> Render(TitleBlock block, PageGeometry page, FormattingProfile profile)
    {
        yield return ParagraphFactory.Create(StyleIds.TitleKind, block.Kind, upperCase: true);
        var summary = TitleLineBreaker.Balance(block.Summary, page.TextWidth, profile.Body);
        yield return ParagraphFactory.Create(StyleIds.TitleSummary, summary);
        var longest = ParagraphFactory.Lines(summary).Max(line => TextWidthEstimator.Twips(line, profile.Body, bold: true));
        yield return RuleLine.Create(page.TextWidth, Math.Min(longest, page.TextWidth) / 3, spaceAfter: 120);
    }
}
