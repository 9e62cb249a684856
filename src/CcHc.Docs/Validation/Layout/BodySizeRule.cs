namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1004: body text (căn cứ, sections, closing) is 13–14 pt. nd30 §5.</summary>
internal sealed class BodySizeRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document) =>
        LayoutFinding.First("KH1004", Severity.Warning,
            document.Paragraphs.Where(p => p.Role is LayoutRole.Body or LayoutRole.Heading && p.Sizes.Count > 0 && !LayoutFinding.SizesWithin(p, 13, 14)),
            p => $"Cỡ chữ nội dung {LayoutFinding.Sizes(p)} ở \"{FontFamilyRule.Excerpt(p.Text)}\"; NĐ30: 13–14 pt.");
}
