using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0014: the issuer named in a typed appendix caption is the letterhead's issuer ("UBND" written out is the same;
/// "xã Vinh Phong" for "xã Vĩnh Phong" is not).
/// </summary>
internal sealed class AppendixCaptionIssuerRule : PlanRule
{
    public override string Code => "KH0014";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var issuer = plan.Letterhead.Issuer;
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            if (plan.Appendices[i].Caption is not { } caption || CaptionParts.Read(caption) is not { } parts)
            {
                continue;
            }
            if (TextPatterns.IssuerKey(parts.Issuer) != TextPatterns.IssuerKey(issuer))
            {
                var why = TextPatterns.Fold(TextPatterns.IssuerKey(parts.Issuer)) == TextPatterns.Fold(TextPatterns.IssuerKey(issuer))
                    ? " (sai dấu tiếng Việt)"
                    : "";
                yield return At($"appendices[{i}].caption",
                    $"Phụ lục ghi cơ quan ban hành \"{parts.Issuer}\"{why}, khác với \"{issuer}\" ở đầu văn bản; sửa thành \"{issuer}\".");
            }
        }
    }
}
