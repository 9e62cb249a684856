using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0041: the same compound is joined the same way throughout the plan: not "kinh tế - xã hội" here and
/// "kinh tế – xã hội" or "kinh tế-xã hội" there. Reported once per compound, where the second form first appears.
/// </summary>
internal sealed class MixedDashInCompoundRule : PlanRule
{
    public override string Code => "KH0041";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var first = new Dictionary<string, (string Form, string Written)>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, key, form, _, written) in DashCompounds.Of(plan))
        {
            if (!first.TryGetValue(key, out var earlier))
            {
                first[key] = (form, written);
            }
            else if (earlier.Form != form && reported.Add(key))
            {
                yield return At(path, $"\"{written}\" viết khác với \"{earlier.Written}\" ở chỗ khác trong Kế hoạch; thống nhất một cách viết (gạch nối hay gạch ngang, có hay không dấu cách).");
            }
        }
    }
}
