using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0010: each căn cứ line ends with ";" and the last with "."; a "Thực hiện" sentence ends with ".". A last line
/// joined to the sentence that introduces the plan ("…; UBND xã … ban hành Kế hoạch … như sau:") ends with ":",
/// as that paragraph is printed.
/// </summary>
internal sealed class BasisPunctuationRule : PlanRule
{
    public override string Code => "KH0010";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (path, document, isBasis, isLast) in Citations.Of(plan))
        {
            if (document.Text is not { } text)
            {
                continue;
            }
            var trimmed = text.TrimEnd();
            var expected = isBasis ? (isLast ? '.' : ';') : (isLast ? '.' : '\0');
            if (expected != '\0' && !trimmed.EndsWith(expected) && !(isLast && JoinsOpeningSentence(trimmed, isBasis)))
            {
                var last = trimmed.Length > 0 ? trimmed[^1].ToString() : "";
                yield return At(path + ".text", isBasis && isLast
                    ? $"Căn cứ cuối cùng phải kết thúc bằng dấu chấm \".\", không phải \"{last}\": \"…{Tail(trimmed)}\"."
                    : isBasis
                        ? $"Mỗi căn cứ (trừ căn cứ cuối) kết thúc bằng dấu chấm phẩy \";\", không phải \"{last}\": \"…{Tail(trimmed)}\"."
                        : $"Câu \"Thực hiện …\" phải kết thúc bằng dấu chấm \".\": \"…{Tail(trimmed)}\".");
            }
        }
    }

    /// <summary>
    /// True when the last line carries the sentence that introduces the plan and so ends with ":" as that sentence
    /// does: "Căn cứ …tỉnh X; UBND phường Y xây dựng Kế hoạch … như sau:" or "Thực hiện …, UBND xã … như sau:".
    /// For a căn cứ the sentence is what follows its last ";"; for "Thực hiện" it follows a comma.
    /// </summary>
    private static bool JoinsOpeningSentence(string text, bool isBasis)
    {
        if (!text.EndsWith(':'))
        {
            return false;
        }
        var separator = isBasis ? ';' : ',';
        var at = text.LastIndexOf(separator);
        if (at < 0)
        {
            return false;
        }
        var sentence = text[(at + 1)..].Trim();
        return sentence.Length > 0
            && !sentence.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase)
            && !sentence.StartsWith("Thực hiện", StringComparison.OrdinalIgnoreCase)
            && sentence.Contains("Kế hoạch", StringComparison.OrdinalIgnoreCase);
    }

    private static string Tail(string text) => TextElements.Tail(text, 40);
}
