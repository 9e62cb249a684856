using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0037: text is in Unicode NFC (precomposed "ệ"), as TCVN 6909:2001 and Word expect.</summary>
internal sealed class NotNfcRule : PlanRule
{
    public override string Code => "KH0037";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (!TextNormalizer.IsNfc(text.Text))
            {
                yield return At(text.Path,
                    $"Văn bản \"{TextPatterns.Quote(TextNormalizer.Normalize(text.Text))}\" dùng Unicode tổ hợp (dấu tách rời chữ); chuyển sang Unicode dựng sẵn (NFC).");
            }
        }
    }
}
