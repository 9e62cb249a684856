using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0042: the plan joins words with one kind of dash: hyphen "-" or en dash "–", not both. Reported once, at the
/// first use of the rarer one.
/// </summary>
internal sealed class MixedDashesRule : PlanRule
{
    public override string Code => "KH0042";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var all = DashCompounds.Of(plan).ToList();
        var hyphens = all.Count(c => c.Dash == '-');
        var dashes = all.Count(c => c.Dash == '–');
        if (hyphens == 0 || dashes == 0)
        {
            yield break;
        }
        var rarer = dashes <= hyphens ? '–' : '-';
        var at = all.First(c => c.Dash == rarer);
        var example = all.First(c => c.Dash != rarer);
        yield return At(at.Path,
            $"Kế hoạch dùng cả gạch nối \"-\" ({hyphens} lần) và gạch ngang \"–\" ({dashes} lần) giữa các từ, ví dụ \"{at.Written}\" và \"{example.Written}\"; nên dùng thống nhất một loại.");
    }
}
