namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1011: "Nơi nhận:" 12 pt bold italic; each recipient line 11 pt. nd30 §6.</summary>
internal sealed class RecipientsSizeRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        var heading = document.Paragraphs.FirstOrDefault(p => p.Role == LayoutRole.RecipientsHeading);
        if (heading is not null && (!LayoutFinding.SizesWithin(heading, 12, 12) || !heading.AllBold || !heading.AllItalic))
        {
            yield return LayoutFinding.At("KH1011", Severity.Warning, heading.Number,
                $"\"Nơi nhận:\" phải cỡ 12 pt, đậm, nghiêng (đang: {LayoutFinding.Sizes(heading)}{(heading.AllBold ? ", đậm" : "")}{(heading.AllItalic ? ", nghiêng" : "")}).");
            yield break;
        }
        foreach (var d in LayoutFinding.First("KH1011", Severity.Warning,
            document.Paragraphs.Where(p => p.Role == LayoutRole.Recipient && p.Sizes.Count > 0 && !LayoutFinding.SizesWithin(p, 11, 11)),
            p => $"Dòng nơi nhận \"{FontFamilyRule.Excerpt(p.Text)}\" phải cỡ 11 pt (đang: {LayoutFinding.Sizes(p)})."))
        {
            yield return d;
        }
    }
}
