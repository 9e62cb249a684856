using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0046: a document cited in running text ("Nghị định số 170/NĐ-CP") has a well-formed số/ký hiệu that matches
/// its kind, with the year for a legal normative document ("170/2025/NĐ-CP").
/// </summary>
internal sealed class CitedNumberInTextRule : PlanRule
{
    public override string Code => "KH0046";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan).Where(s => s.IsProse))
        {
            foreach (Match match in TextPatterns.CitationInText.Matches(text.Text))
            {
                var number = match.Groups["number"].Value.TrimEnd('.', ':');
                if (Citations.NumberProblem(match.Groups["kind"].Value, number) is { } problem)
                {
                    yield return At(text.Path, $"Trong \"{TextPatterns.Quote(match.Value)}\": {problem}");
                }
            }
        }
    }
}
