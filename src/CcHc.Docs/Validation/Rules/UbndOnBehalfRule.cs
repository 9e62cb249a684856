using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0029: a plan of an Ủy ban nhân dân (ký hiệu ending in "-UBND") is signed on behalf of the collective body:
/// the first quyền hạn line is "TM. ỦY BAN NHÂN DÂN" (NĐ30 Phụ lục I, ô 7a; Article 13.2).
/// </summary>
internal sealed class UbndOnBehalfRule : PlanRule
{
    public override string Code => "KH0029";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (!plan.Letterhead.Symbol.EndsWith("-UBND", StringComparison.Ordinal))
        {
            yield break;
        }
        var onBehalf = plan.Signature.Authority.Any(a => a.Kind == AuthorityKind.OnBehalf
            && VietnameseCase.ToUpper(a.Of).Replace("UỶ", "ỦY", StringComparison.Ordinal).StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        if (!onBehalf)
        {
            var now = string.Join(" / ", plan.Signature.Authority.Select(a => a.ToString()).Append(plan.Signature.Position ?? "").Where(s => s.Length > 0));
            yield return At("signature.authority",
                $"Văn bản của Ủy ban nhân dân (ký hiệu \"{plan.Letterhead.Symbol}\") phải ký thay mặt tập thể: thêm dòng \"TM. ỦY BAN NHÂN DÂN\" phía trên{(now.Length > 0 ? $" \"{now}\"" : " chức vụ người ký")}.");
        }
    }
}
