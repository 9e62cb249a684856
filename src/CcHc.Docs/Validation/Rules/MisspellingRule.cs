using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0045: none of the frequent misspellings of <see cref="Misspellings"/>, each in the context where it is wrong.</summary>
internal sealed class MisspellingRule : PlanRule
{
    public override string Code => "KH0045";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            foreach (var entry in Misspellings.All)
            {
                var matches = entry.Regex.Matches(text.Text);
                if (matches.Count == 0)
                {
                    continue;
                }
                var written = matches.Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal).ToList();
                var times = matches.Count > 1 ? $" ({matches.Count} chỗ)" : "";
                yield return At(text.Path,
                    $"Viết sai chính tả: {string.Join(", ", written.Select(w => $"\"{w}\""))}{times} → \"{Correct(written[0], entry.Correction)}\", trong \"{TextPatterns.Around(text.Text, matches[0].Index, matches[0].Length)}\".");
            }
        }
    }

    private static string Correct(string written, string correction) =>
        char.IsUpper(written[0]) ? char.ToUpperInvariant(correction[0]) + correction[1..] : char.ToLowerInvariant(correction[0]) + correction[1..];
}
