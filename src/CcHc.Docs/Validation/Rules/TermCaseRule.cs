using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0043: a term with an acronym is written the same way throughout ("PAR Index", not also "PAR INDEX" or
/// "Par Index"). Text entirely in capitals (headings, appendix titles) is not compared, nor a lone Roman numeral
/// ("Quý IV" beside the list marker "(iv)"). Reported once per term,
/// where the second form first appears.
/// </summary>
internal sealed partial class TermCaseRule : PlanRule
{
    public override string Code => "KH0043";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var forms = new Dictionary<string, List<(string Form, string Path)>>(StringComparer.Ordinal);
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (!text.Text.Any(char.IsLower))
            {
                continue;
            }
            foreach (Match match in AsciiRun().Matches(text.Text))
            {
                if (IsRomanNumeral(match.Value))
                {
                    continue;
                }
                var key = match.Value.ToLowerInvariant();
                if (!forms.TryGetValue(key, out var list))
                {
                    forms[key] = list = [];
                }
                list.Add((match.Value, text.Path));
            }
        }
        foreach (var (_, list) in forms)
        {
            var distinct = list.Select(f => f.Form).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count < 2 || !distinct.Any(HasAcronym))
            {
                continue;
            }
            var second = list.First(f => f.Form != list[0].Form);
            yield return At(second.Path,
                $"\"{second.Form}\" viết khác với {string.Join(", ", distinct.Where(d => d != second.Form).Select(d => $"\"{d}\""))} ở chỗ khác; thống nhất một cách viết.");
        }
    }

    /// <summary>A lone Roman numeral ("Quý IV", list marker "(iv)") numbers something; it is not a term.</summary>
    private static bool IsRomanNumeral(string run) =>
        run.Length <= 8 && !run.Contains(' ', StringComparison.Ordinal) && RomanNumerals.TryFromRoman(run.ToUpperInvariant(), out _);

    private static bool HasAcronym(string form) =>
        form.Split(' ').Any(w => w.Count(char.IsLetter) >= 2 && w.Where(char.IsLetter).All(char.IsUpper));

    /// <summary>A run of words written only with ASCII letters and digits, bounded by non-letters: "PAR Index", "SIPAS".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiRun();
}
