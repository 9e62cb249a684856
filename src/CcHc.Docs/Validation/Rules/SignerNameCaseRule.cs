using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0033: the signer's name is written in lower case with capital initials ("Nguyễn Văn An"), not in capitals.</summary>
internal sealed class SignerNameCaseRule : PlanRule
{
    public override string Code => "KH0033";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var name = plan.Signature.Name.Trim();
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            yield return At("signature.name", $"Họ tên người ký \"{name}\" viết in hoa; NĐ30 viết chữ thường, hoa chữ cái đầu: \"{VietnameseCase.ToTitleCase(name)}\".");
        }
    }
}
