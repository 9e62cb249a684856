using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0036: no full stop after "CT"/"PCT" before the body's name ("các PCT. UBND xã" → "các PCT UBND xã"). "TT."
/// (Thường trực) and "TM." keep theirs: they are the accepted abbreviations.
/// </summary>
internal sealed partial class RecipientStrayFullStopRule : PlanRule
{
    public override string Code => "KH0036";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        for (var i = 0; i < plan.Recipients.Count; i++)
        {
            var match = StrayStop().Match(plan.Recipients[i]);
            if (match.Success)
            {
                yield return At($"recipients[{i}]",
                    $"Dấu chấm thừa trong \"{match.Value}\" (nơi nhận \"{plan.Recipients[i]}\"); viết \"{match.Groups["abbr"].Value} {match.Groups["body"].Value}\".");
            }
        }
    }

    [GeneratedRegex(@"\b(?<abbr>P?CT)\.\s+(?<body>UBND|HĐND|Ủy ban|Hội đồng)", RegexOptions.CultureInvariant)]
    private static partial Regex StrayStop();
}
