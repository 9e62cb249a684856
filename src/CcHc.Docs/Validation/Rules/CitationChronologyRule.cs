using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0047: in running text, a document that "thực hiện" (implements) another is not dated before it:
/// "Kế hoạch số 05/KH-UBND ngày 14/01/2025 … triển khai thực hiện Kế hoạch số 24-KH/ĐU, ngày 27/10/2025" is wrong.
/// Only consecutive citations joined by a short clause ending in "thực hiện" (no comma, no sentence break) are compared.
/// </summary>
internal sealed class CitationChronologyRule : PlanRule
{
    public override string Code => "KH0047";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan).Where(s => s.IsProse))
        {
            var cited = TextPatterns.CitationInText.Matches(text.Text)
                .Where(m => m.Groups["date"].Success)
                .Select(m => (Match: m, Date: TextPatterns.ReadDate(m.Groups["date"].Value)))
                .Where(c => c.Date is not null)
                .ToList();
            for (var i = 1; i < cited.Count; i++)
            {
                var (earlier, later) = (cited[i - 1], cited[i]);
                var between = text.Text[(earlier.Match.Index + earlier.Match.Length)..later.Match.Index];
                if (!between.TrimEnd().EndsWith("thực hiện", StringComparison.OrdinalIgnoreCase) || between.Length > 80
                    || between.IndexOfAny([',', ';', '.', '(']) >= 0)
                {
                    continue;
                }
                if (later.Date > earlier.Date)
                {
                    yield return At(text.Path,
                        $"\"{TextPatterns.Quote(earlier.Match.Value)}\" (ngày {TextPatterns.Short(earlier.Date!.Value)}) thực hiện \"{TextPatterns.Quote(later.Match.Value)}\" ban hành sau nó (ngày {TextPatterns.Short(later.Date!.Value)}); kiểm tra lại số hoặc ngày của văn bản.");
                }
            }
        }
    }
}
