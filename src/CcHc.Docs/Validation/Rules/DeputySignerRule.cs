using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0028: a "KT." (ký thay) line is followed by a deputy's chức vụ ("PHÓ CHỦ TỊCH").</summary>
internal sealed class DeputySignerRule : PlanRule
{
    public override string Code => "KH0028";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var signature = plan.Signature;
        var kt = signature.Authority.ToList().FindIndex(a => a.Kind == AuthorityKind.ForHead);
        if (kt < 0)
        {
            yield break;
        }
        var position = signature.Position ?? signature.Authority.Skip(kt + 1).FirstOrDefault(a => a.Kind == AuthorityKind.None)?.Of;
        if (position is null || !VietnameseCase.ToUpper(position.Trim()).StartsWith("PHÓ", StringComparison.Ordinal))
        {
            yield return At("signature.position",
                $"Ký thay (\"{signature.Authority[kt]}\") thì người ký là cấp phó: chức vụ phải là \"PHÓ {signature.Authority[kt].Of}\", không phải \"{position ?? ""}\".");
        }
    }
}
