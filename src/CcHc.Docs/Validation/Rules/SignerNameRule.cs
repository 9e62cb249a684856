using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0032: the signer's name is given.</summary>
internal sealed class SignerNameRule : PlanRule
{
    public override string Code => "KH0032";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (string.IsNullOrWhiteSpace(plan.Signature.Name))
        {
            yield return At("signature.name", "Thiếu họ tên người ký.");
        }
    }
}
