namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1009: the địa danh and date line is italic, 13–14 pt. nd30 §3 ô 4.</summary>
internal sealed class DateLineItalicRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document) =>
        LayoutFinding.First("KH1009", Severity.Warning,
            document.Paragraphs.Where(p => p.Role == LayoutRole.DateLine && (!p.AllItalic || !LayoutFinding.SizesWithin(p, 13, 14))),
            p => $"Dòng địa danh, ngày tháng \"{p.Text}\" phải in nghiêng, cỡ 13–14 pt (đang: {(p.AllItalic ? "nghiêng" : "đứng")}, {LayoutFinding.Sizes(p)}).");
}
