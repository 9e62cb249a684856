using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0030: the decree writes "TM. ỦY BAN NHÂN DÂN", without the unit word ("PHƯỜNG", "XÃ") after it.</summary>
internal sealed class OnBehalfUnitWordRule : PlanRule
{
    private static readonly string[] UnitWords = ["PHƯỜNG", "XÃ", "THỊ TRẤN", "HUYỆN", "QUẬN", "TỈNH", "THÀNH PHỐ", "THỊ XÃ", "ĐẶC KHU"];

    public override string Code => "KH0030";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var authority = plan.Signature.Authority;
        for (var i = 0; i < authority.Count; i++)
        {
            if (authority[i].Kind != AuthorityKind.OnBehalf)
            {
                continue;
            }
            var of = VietnameseCase.ToUpper(authority[i].Of.Trim()).Replace("UỶ", "ỦY", StringComparison.Ordinal);
            const string Body = "ỦY BAN NHÂN DÂN";
            if (of.StartsWith(Body + " ", StringComparison.Ordinal) && UnitWords.Any(w => of[(Body.Length + 1)..].StartsWith(w, StringComparison.Ordinal)))
            {
                yield return At($"signature.authority[{i}]", $"\"{authority[i]}\" không phải mẫu của NĐ30; viết \"TM. {Body}\".");
            }
        }
    }
}
