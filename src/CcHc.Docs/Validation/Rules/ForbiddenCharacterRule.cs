using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0056: text holds no character XML 1.0 forbids (a C0 control, U+FFFE, U+FFFF, an unpaired surrogate).
/// The reader refuses them; a plan built in C# can still carry them. Every other rule would then work on text
/// that cannot be normalised, so <see cref="PlanValidator"/> runs this rule first and, when it finds anything,
/// reports only these.
/// </summary>
internal sealed class ForbiddenCharacterRule : PlanRule
{
    public override string Code => "KH0056";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (TextNormalizer.FindInvalidXmlCharacter(text.Text) is { } bad)
            {
                yield return At(text.Path,
                    $"Văn bản có ký tự {Describe(bad.Character)} (dòng {bad.Line}, cột {bad.Column}) mà văn bản Word không chứa được; xóa ký tự này.");
            }
        }
    }

    private static string Describe(char c)
    {
        var code = $"U+{(int)c:X4}";
        return char.IsSurrogate(c) ? $"{code} (nửa cặp UTF-16 bị lẻ)" : c < ' ' ? $"điều khiển {code}" : $"không hợp lệ {code}";
    }
}
