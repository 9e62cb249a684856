using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0049: every word with a Vietnamese letter is a Vietnamese syllable (<see cref="VietnameseSyllables"/>):
/// onset, rhyme, c/k/g/ng spelling, the tone a stop coda allows, the vowel that carries the tone. One diagnostic per
/// string, listing its invalid words.
/// </summary>
internal sealed class InvalidSyllableRule : PlanRule
{
    private const int MaxQuoted = 5;

    public override string Code => "KH0049";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            var invalid = VietnameseSyllables.FindInvalid(text.Text).ToList();
            if (invalid.Count == 0)
            {
                continue;
            }
            var first = invalid[0];
            var words = invalid.Select(f => f.Word).Distinct(StringComparer.Ordinal).ToList();
            var quoted = string.Join(", ", words.Take(MaxQuoted).Select(w => $"\"{w}\"")) + (words.Count > MaxQuoted ? ", …" : "");
            yield return At(text.Path,
                $"{(words.Count == 1 ? "Từ" : "Các từ")} {quoted} không phải âm tiết tiếng Việt ({Why(first.Fault, first.Word)}), thường là gõ sai; "
                + $"kiểm tra lại, trong \"{TextPatterns.Around(text.Text, first.Index, first.Word.Length)}\".");
        }
    }

    private static string Why(SyllableFault fault, string word) => fault switch
    {
        SyllableFault.ToneOnStopCoda => $"vần tận cùng bằng c, ch, p, t chỉ mang dấu sắc hoặc nặng: \"{word}\"",
        SyllableFault.TonePlacement => $"dấu thanh đặt sai nguyên âm: \"{word}\"",
        SyllableFault.TwoTones => $"hai dấu thanh: \"{word}\"",
        SyllableFault.Spelling => $"sai quy tắc c/k, g/gh, ng/ngh: \"{word}\"",
        SyllableFault.ForeignLetter => $"chữ cái hoặc dấu không có trong tiếng Việt: \"{word}\"",
        _ => $"phụ âm đầu và vần không ghép được: \"{word}\"",
    };
}
