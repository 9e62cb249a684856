using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1002: margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm (portrait; landscape pages keep the same values). nd30 §1.</summary>
internal sealed class MarginsRule : ILayoutRule
{
    // Twips, with half a millimetre of tolerance for rounding.
    private const int Slack = 28;

    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        foreach (var (properties, first) in document.Sections)
        {
            var margin = properties.GetFirstChild<PageMargin>();
            if (margin is null)
            {
                continue;
            }
            var top = margin.Top?.Value ?? 0;
            var bottom = margin.Bottom?.Value ?? 0;
            var left = (int)(margin.Left?.Value ?? 0);
            var right = (int)(margin.Right?.Value ?? 0);
            var faults = new List<string>();
            Check(faults, "trên", top, 1134, 1417);
            Check(faults, "dưới", bottom, 1134, 1417);
            Check(faults, "trái", left, 1701, 1984);
            Check(faults, "phải", right, 850, 1134);
            if (faults.Count > 0)
            {
                yield return LayoutFinding.At("KH1002", Severity.Warning, first,
                    $"Lề trang sai: {string.Join(", ", faults)}; NĐ30: trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.");
                yield break;
            }
        }
    }

    private static void Check(List<string> faults, string side, long twips, int min, int max)
    {
        if (twips < min - Slack || twips > max + Slack)
        {
            faults.Add($"lề {side} {Units.Millimetres(twips)} mm");
        }
    }
}
