using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Layout;

/// <summary>
/// KH1005: the letterhead's case, weight and size — cơ quan ban hành and Quốc hiệu in capitals, bold, 12–13 pt;
/// Tiêu ngữ bold 13–14 pt, not in capitals; cơ quan chủ quản in capitals, not bold. nd30 §3.
/// </summary>
internal sealed class LetterheadFormatRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        var faults = new List<(LayoutParagraph Paragraph, string Message)>();
        foreach (var p in document.Paragraphs.Where(p => p.Text.Length > 0))
        {
            var upper = VietnameseCase.ToUpper(p.Shown) == p.Shown;
            switch (p.Role)
            {
                case LayoutRole.Issuer:
                case LayoutRole.NationalName:
                    var what = p.Role == LayoutRole.Issuer ? "Tên cơ quan ban hành" : "Quốc hiệu";
                    if (!upper || !p.AllBold || !LayoutFinding.SizesWithin(p, 12, 13))
                    {
                        faults.Add((p, $"{what} \"{p.Text}\" phải in hoa, đậm, cỡ 12–13 pt (đang: {Describe(p, upper)})."));
                    }
                    break;
                case LayoutRole.Motto:
                    if (upper || !p.AllBold || !LayoutFinding.SizesWithin(p, 13, 14))
                    {
                        faults.Add((p, $"Tiêu ngữ \"{p.Text}\" phải in thường (hoa chữ đầu mỗi cụm), đậm, cỡ 13–14 pt (đang: {Describe(p, upper)})."));
                    }
                    break;
                case LayoutRole.ParentBody:
                    if (!upper || p.AllBold)
                    {
                        faults.Add((p, $"Tên cơ quan chủ quản \"{p.Text}\" phải in hoa, không đậm (đang: {Describe(p, upper)})."));
                    }
                    break;
            }
        }
        if (faults.Count > 0)
        {
            var more = faults.Count > 1 ? $" (và {faults.Count - 1} dòng khác của phần đầu)" : "";
            yield return LayoutFinding.At("KH1005", Severity.Warning, faults[0].Paragraph.Number, faults[0].Message + more);
        }
    }

    private static string Describe(LayoutParagraph p, bool upper) =>
        $"{(upper ? "in hoa" : "in thường")}, {(p.AllBold ? "đậm" : "không đậm")}, {LayoutFinding.Sizes(p)}";
}
