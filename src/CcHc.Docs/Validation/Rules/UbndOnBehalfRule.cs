using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0029: a plan of an Ủy ban nhân dân (ký hiệu ending in "-UBND") is signed on behalf of the collective body:
/// the first quyền hạn line is "TM. ỦY BAN NHÂN DÂN" (NĐ30 Phụ lục I, ô 7a; Article 13.2). A warning: a plan
/// within the Chairman's own authority is signed "CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" without it, which
/// only the issuer can tell; the message says when TM. is required.
/// </summary>
internal sealed class UbndOnBehalfRule : PlanRule
{
    public override string Code => "KH0029";

    public override Severity Severity => Severity.Warning;

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
            var deputy = plan.Signature.Authority.FirstOrDefault(a => a.Kind == AuthorityKind.ForHead);
            yield return At("signature.authority", deputy is not null
                ? $"Ký \"{deputy}\" mà không có dòng \"TM. ỦY BAN NHÂN DÂN\": chỉ đúng khi Kế hoạch thuộc thẩm quyền của Chủ tịch (cấp phó ký thay Chủ tịch). "
                    + "Kế hoạch do Ủy ban nhân dân (tập thể) ban hành thì ghi \"TM. ỦY BAN NHÂN DÂN\" phía trên, rồi \"KT. CHỦ TỊCH\" (NĐ30 Điều 13.2); kiểm tra thẩm quyền ban hành."
                : $"Văn bản của Ủy ban nhân dân (ký hiệu \"{plan.Letterhead.Symbol}\") do tập thể Ủy ban ban hành thì ký thay mặt tập thể: thêm dòng \"TM. ỦY BAN NHÂN DÂN\" phía trên{(now.Length > 0 ? $" \"{now}\"" : " chức vụ người ký")}; "
                    + "bỏ qua nếu Kế hoạch thuộc thẩm quyền riêng của Chủ tịch (NĐ30 Điều 13.2).");
        }
    }
}
