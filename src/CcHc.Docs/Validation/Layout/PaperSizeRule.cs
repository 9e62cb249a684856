using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1001: every section is on A4 paper (210 × 297 mm, either orientation). nd30 §1.</summary>
internal sealed class PaperSizeRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        foreach (var (properties, first) in document.Sections)
        {
            var size = properties.GetFirstChild<PageSize>();
            var w = (int)(size?.Width?.Value ?? 0);
            var h = (int)(size?.Height?.Value ?? 0);
            var (shortSide, longSide) = (Math.Min(w, h), Math.Max(w, h));
            if (size is not null && (Math.Abs(shortSide - 11906) > 60 || Math.Abs(longSide - 16838) > 60))
            {
                yield return LayoutFinding.At("KH1001", Severity.Error, first,
                    $"Khổ giấy {Units.Millimetres(w)}×{Units.Millimetres(h)} mm không phải A4 (210×297 mm); chọn khổ A4.");
                yield break;
            }
        }
    }
}
