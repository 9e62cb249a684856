using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0005: the địa danh is capitalised ("Vĩnh Phong"), neither lower case nor all capitals.</summary>
internal sealed class PlaceCapitalisationRule : PlanRule
{
    public override string Code => "KH0005";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var place = plan.Letterhead.Place.Trim();
        var letters = place.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            yield break;
        }
        if (!char.IsUpper(letters[0]))
        {
            yield return At("letterhead.place", $"Địa danh \"{place}\" phải viết hoa chữ cái đầu: \"{VietnameseCase.CapitalizeFirst(place)}\".");
        }
        else if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            yield return At("letterhead.place", $"Địa danh \"{place}\" viết in hoa toàn bộ; viết hoa chữ cái đầu mỗi tiếng, ví dụ \"{VietnameseCase.ToTitleCase(place)}\".");
        }
    }
}
