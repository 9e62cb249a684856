using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0012: an appendix caption typed by hand names the plan it belongs to: the same kind, number, ký hiệu
/// and date as the letterhead ("số 48" in the appendix of plan 78 is wrong).
/// </summary>
internal sealed class AppendixCaptionFactsRule : PlanRule
{
    public override string Code => "KH0012";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var letterhead = plan.Letterhead;
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            if (plan.Appendices[i].Caption is not { } caption)
            {
                continue;
            }
            var path = $"appendices[{i}].caption";
            if (CaptionParts.Read(caption) is not { } parts)
            {
                yield return At(path,
                    $"Dòng chú thích \"{TextPatterns.Quote(caption)}\" không nêu rõ văn bản kèm theo; viết \"{PlanText.ComputedAppendixCaption(plan)}\" hoặc bỏ caption để tính tự động.");
                continue;
            }
            if (!string.Equals(VietnameseCase.ToLower(parts.Kind), VietnameseCase.ToLower(plan.Title.Kind), StringComparison.Ordinal))
            {
                yield return At(path, $"Phụ lục ghi kèm theo \"{parts.Kind}\" nhưng văn bản là \"{plan.Title.Kind}\".");
            }
            if (letterhead.Number is { } number && parts.Number is { } cited && cited != number)
            {
                yield return At(path,
                    $"Phụ lục ghi kèm theo Kế hoạch số \"{parts.NumberText}\" nhưng Kế hoạch này là số {PlanText.Reference(letterhead)}; sửa thành \"{PlanText.Reference(letterhead)}\".");
            }
            if (!string.Equals(parts.Symbol, letterhead.Symbol, StringComparison.Ordinal))
            {
                yield return At(path, $"Phụ lục ghi ký hiệu \"{parts.Symbol}\" nhưng Kế hoạch có ký hiệu \"{letterhead.Symbol}\".");
            }
            if (letterhead.Date is { } date && TextPatterns.ReadDate(parts.DateText) is { } written && written != date)
            {
                yield return At(path,
                    $"Phụ lục ghi \"{parts.DateText}\" nhưng Kế hoạch ban hành {DateLine.FormatLongDate(date)}; sửa cho khớp.");
            }
        }
    }
}
