using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0004: the địa danh is present and holds no comma (the comma belongs after it).</summary>
internal sealed class PlaceRule : PlanRule
{
    public override string Code => "KH0004";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var place = plan.Letterhead.Place;
        if (string.IsNullOrWhiteSpace(place))
        {
            yield return At("letterhead.place", "Thiếu địa danh trên dòng ngày tháng; ghi tên đơn vị hành chính nơi cơ quan đóng trụ sở, ví dụ \"Vĩnh Phong\".");
        }
        else if (place.Contains(',', StringComparison.Ordinal))
        {
            yield return At("letterhead.place", $"Địa danh \"{place}\" chứa dấu phẩy; dấu phẩy đứng sau địa danh, bỏ nó khỏi địa danh.");
        }
    }
}
