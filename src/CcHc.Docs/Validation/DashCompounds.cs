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
                if (IsCode(text.Text, match))
                {
                    continue;
                }
                var form = (match.Groups["s1"].Length > 0 ? " " : "") + match.Groups["d"].Value + (match.Groups["s2"].Length > 0 ? " " : "");
                var key = VietnameseCase.ToLower(match.Groups["w1"].Value) + "|" + VietnameseCase.ToLower(match.Groups["w2"].Value);
                yield return (text.Path, key, form, match.Groups["d"].Value[0], Widen(text.Text, match));
            }
        }
    }

    /// <summary>A ký hiệu or code ("KH-UBND", "05/KH-UBND", "TTLT-BTP"): both words in capitals, or next to "/" or a digit.</summary>
    private static bool IsCode(string text, Match match)
    {
        var before = match.Index > 0 ? text[match.Index - 1] : ' ';
        var end = match.Index + match.Length;
        var after = end < text.Length ? text[end] : ' ';
        static bool Upper(string w) => w.Length > 1 && w.All(char.IsUpper);
        return (Upper(match.Groups["w1"].Value) && Upper(match.Groups["w2"].Value))
            || before is '/' or '-' || char.IsDigit(before) || after is '/' or '-' || char.IsDigit(after);
    }

    /// <summary>The match with the word before and the word after it, for quoting: "kinh tế - xã hội".</summary>
    private static string Widen(string text, Match match)
    {
        var start = match.Index;
        if (start > 1 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            start -= 2;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
        }
        var end = match.Index + match.Length;
        if (end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }
        return text[start..end];
    }

    [GeneratedRegex(@"(?<w1>\p{L}+)(?<s1>[ \u00A0]*)(?<d>[-–])(?<s2>[ \u00A0]*)(?<w2>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex Compound();
}
