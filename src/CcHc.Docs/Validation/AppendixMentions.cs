using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation;

/// <summary>
/// The appendices a plan's body points to: <c>see_appendix</c> pointers and the words "Phụ lục I", "Phụ lục 01…05",
/// "phụ lục gửi kèm" in body text. A mention of another document's appendix ("Phụ lục I ban hành kèm theo Quyết
/// định số 12/QĐ-UBND") is not one of them.
/// </summary>
internal static partial class AppendixMentions
{
    /// <summary>One pointer: where, its numbers (1-based, empty for "phụ lục đính kèm") and the words as written.</summary>
    public sealed record Mention(string Path, IReadOnlyList<int> Numbers, string Written);

    /// <summary>Every pointer of the body to this plan's appendices, in document order.</summary>
    public static IEnumerable<Mention> Of(Plan plan)
    {
        foreach (var (section, path) in SectionTree.All(plan))
        {
            if (section.SeeAppendix is { } reference)
            {
                yield return new Mention(path + ".see_appendix", reference.Appendix is { } n ? [n] : [], PlanText.AppendixReferenceText(plan, reference));
            }
        }
        foreach (var text in PlanWalker.StringsOf(plan).Where(s => s.IsProse && !s.Path.StartsWith("appendices", StringComparison.Ordinal)
            && !s.Path.Contains(".see_appendix", StringComparison.Ordinal)))
        {
            foreach (Match match in Reference().Matches(text.Text))
            {
                var clause = ClauseAfter(text.Text, match.Index + match.Length);
                if (OtherDocument().IsMatch(clause))
                {
                    continue;
                }
                yield return new Mention(text.Path, NumbersOf(match.Groups["list"].Value), match.Value.Trim());
            }
        }
    }

    private static string ClauseAfter(string text, int from)
    {
        var end = text.IndexOfAny([';', '.', ')', '\n'], from);
        var clause = end < 0 ? text[from..] : text[from..end];
        return clause.Length > 100 ? clause[..100] : clause;
    }

    private static List<int> NumbersOf(string list)
    {
        var numbers = new List<int>();
        if (list.Length == 0)
        {
            return numbers;
        }
        var tokens = Separator().Split(list.Trim());
        var ranges = Separator().Matches(list.Trim()).Select(m => m.Value.Trim()).ToList();
        int? previous = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!TryNumber(tokens[i], out var value))
            {
                continue;
            }
            var isRangeEnd = i > 0 && ranges[i - 1] is "-" or "–" or "…" or "..." or "đến";
            if (isRangeEnd && previous is { } from && value > from && value - from <= 50)
            {
                numbers.AddRange(Enumerable.Range(from + 1, value - from));
            }
            else
            {
                numbers.Add(value);
            }
            previous = value;
        }
        return numbers;
    }

    private static bool TryNumber(string token, out int value) =>
        int.TryParse(token, out value) || RomanNumerals.TryFromRoman(token, out value);

    [GeneratedRegex(@"(?<![\p{L}\p{M}])[Pp][Hh][Ụụ] [Ll][Ụụ][Cc](?:(?: số)? (?<list>(?:[IVXL]+|[0-9]{1,2})(?![\p{L}\p{M}0-9])(?:\s*(?:,|và|đến|-|–|…|\.\.\.)\s*(?:[IVXL]+|[0-9]{1,2})(?![\p{L}\p{M}0-9]))*)| (?:gửi kèm|đính kèm|kèm theo))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s*(?:,|và|đến|-|–|…|\.\.\.)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>A clause naming another document: a kind followed by "số", or a số/ký hiệu such as "12/QĐ-UBND".</summary>
    [GeneratedRegex(@"(?:Nghị định|Quyết định|Thông tư|Kế hoạch|Công văn|Văn bản|Nghị quyết|Chỉ thị|Hướng dẫn|Chương trình|Đề án|Luật) số|[0-9]+/(?:[0-9]{4}/)?[A-ZĐ]+-|[0-9]+-[A-ZĐ]+/", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDocument();
}
