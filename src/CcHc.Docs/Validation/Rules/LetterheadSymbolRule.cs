using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0001: the số is 1 or more, and the ký hiệu is well formed and starts with the abbreviation of the title's kind
/// ("KH-UBND" for a Kế hoạch).
/// </summary>
internal sealed class LetterheadSymbolRule : PlanRule
{
    public override string Code => "KH0001";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Letterhead.Number is < 1)
        {
            yield return At("letterhead.number",
                $"Số văn bản {plan.Letterhead.Number} không hợp lệ: số bắt đầu từ 01 mỗi năm; để trống (bỏ number) nếu là bản dự thảo.");
        }
        var symbol = plan.Letterhead.Symbol;
        var parsed = DocumentNumber.TryParse("01/" + symbol);
        if (!parsed.Success || parsed.Value!.IsParty || parsed.Value.Year is not null)
        {
            yield return At("letterhead.symbol",
                $"Ký hiệu \"{symbol}\" không đúng mẫu NĐ30: viết chữ viết tắt tên loại, gạch nối, chữ viết tắt cơ quan, không có dấu cách, ví dụ \"KH-UBND\".");
            yield break;
        }
        if (DocumentKinds.FindByName(plan.Title.Kind) is not { } kind)
        {
            yield return At("title.kind",
                $"Tên loại \"{plan.Title.Kind}\" không có trong bảng chữ viết tắt của NĐ30 (Phụ lục III); dùng \"Kế hoạch\".");
            yield break;
        }
        if (!string.Equals(parsed.Value.Kind, kind.Abbreviation, StringComparison.Ordinal))
        {
            yield return At("letterhead.symbol",
                $"Ký hiệu \"{symbol}\" phải bắt đầu bằng \"{kind.Abbreviation}\", chữ viết tắt của \"{kind.Name}\", ví dụ \"{kind.Abbreviation}-UBND\".");
        }
    }
}
