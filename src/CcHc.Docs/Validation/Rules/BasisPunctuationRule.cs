using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0010: each căn cứ line ends with ";" and the last with "."; a "Thực hiện" sentence ends with ".".</summary>
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
            if (expected != '\0' && !trimmed.EndsWith(expected))
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

    private static string Tail(string text) => TextElements.Tail(text, 40);
}
