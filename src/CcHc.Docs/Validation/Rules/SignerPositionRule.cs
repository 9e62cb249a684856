using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0031: the signature states the signer's chức vụ ("CHỦ TỊCH", "PHÓ CHỦ TỊCH").</summary>
internal sealed class SignerPositionRule : PlanRule
{
    public override string Code => "KH0031";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var signature = plan.Signature;
        var hasPosition = !string.IsNullOrWhiteSpace(signature.Position)
            || signature.Authority.Any(a => a.Kind == AuthorityKind.None && !string.IsNullOrWhiteSpace(a.Of));
        if (!hasPosition)
        {
            yield return At("signature.position", $"Chữ ký của \"{signature.Name}\" thiếu chức vụ người ký (ví dụ \"CHỦ TỊCH\" hoặc \"PHÓ CHỦ TỊCH\").");
        }
    }
}
