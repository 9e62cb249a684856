using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation;

/// <summary>
/// Word pairs joined by a hyphen or a dash in a plan ("kinh tế - xã hội", "Văn hóa – Xã hội"), in document order,
/// with the joiner as written (" - ", "-", " – ").
/// </summary>
internal static partial class DashCompounds
{
    public static IEnumerable<(string Path, string Key, string Form, char Dash, string Written)> Of(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            foreach (Match match in Compound().Matches(text.Text))
            {
                var form = (match.Groups["s1"].Length > 0 ? " " : "") + match.Groups["d"].Value + (match.Groups["s2"].Length > 0 ? " " : "");
                var key = VietnameseCase.ToLower(match.Groups["w1"].Value) + "|" + VietnameseCase.ToLower(match.Groups["w2"].Value);
                yield return (text.Path, key, form, match.Groups["d"].Value[0], match.Value);
            }
        }
    }

    [GeneratedRegex(@"(?<w1>\p{L}+)(?<s1>[ \u00A0]*)(?<d>[-–])(?<s2>[ \u00A0]*)(?<w2>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex Compound();
}
