using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1008: "KẾ HOẠCH" in capitals, bold, 13–14 pt; the trích yếu under it bold. nd30 §4.</summary>
internal sealed class TitleFormatRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        var faults = new List<(int, string)>();
        foreach (var p in document.Paragraphs)
        {
            if (p.Role == LayoutRole.TitleKind && (!p.AllBold || !LayoutFinding.SizesWithin(p, 13, 14) || VietnameseCase.ToUpper(p.Shown) != p.Shown))
            {
                faults.Add((p.Number, $"Tên loại văn bản \"{p.Text}\" phải in hoa, đậm, cỡ 13–14 pt (đang: {(p.AllBold ? "đậm" : "không đậm")}, {LayoutFinding.Sizes(p)})."));
            }
            if (p.Role == LayoutRole.Summary && (!p.AllBold || !LayoutFinding.SizesWithin(p, 13, 14)))
            {
                faults.Add((p.Number, $"Trích yếu \"{FontFamilyRule.Excerpt(p.Text)}\" phải in đậm, cỡ 13–14 pt."));
            }
        }
        if (faults.Count > 0)
        {
            yield return LayoutFinding.At("KH1008", Severity.Warning, faults[0].Item1, faults[0].Item2);
        }
    }
}
