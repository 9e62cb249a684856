using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0038: no text typed in the old TCVN3 (ABC) or VNI encodings and pasted as if it were Unicode.</summary>
internal sealed class LegacyEncodingRule : PlanRule
{
    public override string Code => "KH0038";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            var found = LegacyEncodingDetector.Detect(text.Text);
            if (found.IsSuspected)
            {
                var name = found.Encoding == LegacyEncoding.Tcvn3 ? "TCVN3 (ABC, phông .Vn)" : "VNI (phông VNI-)";
                yield return At(text.Path,
                    $"Chữ \"{found.Word}\" có vẻ được gõ bằng bảng mã cũ {name}; chuyển đoạn văn sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại.");
            }
        }
    }
}
