using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0008: a cited số/ký hiệu follows the pattern, matches the kind, and carries the year for a legal
/// normative document ("118/2025/NĐ-CP", not "118/2025-NĐ-CP" nor "170/NĐ-CP").
/// </summary>
internal sealed class CitationNumberRule : PlanRule
{
    public override string Code => "KH0008";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (path, document, _, _) in Citations.Of(plan))
        {
            if (!string.IsNullOrWhiteSpace(document.Number) && Citations.NumberProblem(document.Kind, document.Number) is { } problem)
            {
                yield return At(path + ".number", problem);
            }
        }
    }
}
