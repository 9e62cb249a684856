using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0006: the issuing body is named.</summary>
internal sealed class IssuerRule : PlanRule
{
    public override string Code => "KH0006";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (string.IsNullOrWhiteSpace(plan.Letterhead.Issuer))
        {
            yield return At("letterhead.issuer", "Thiếu tên cơ quan ban hành, ví dụ \"Ủy ban nhân dân xã Vĩnh Phong\".");
        }
    }
}
