using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0003: the date line has a year: a draft gives <c>year</c>; a dated plan's <c>year</c>, if any, matches its date.</summary>
internal sealed class LetterheadYearRule : PlanRule
{
    public override string Code => "KH0003";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var letterhead = plan.Letterhead;
        if (letterhead.Date is null && letterhead.Year is null)
        {
            yield return At("letterhead.year",
                "Dòng địa danh, ngày tháng không có năm: bản dự thảo phải ghi năm ban hành (\"ngày     tháng     năm 2026\"); thêm year.");
        }
        else if (letterhead.Date is { } date && letterhead.Year is { } year && year != date.Year)
        {
            yield return At("letterhead.year",
                $"Năm {year} không khớp với ngày ban hành {TextPatterns.Short(date)}; bỏ year hoặc sửa cho đúng.");
        }
        else if (letterhead.IssueYear is < 1000 or > 9999)
        {
            yield return At("letterhead.year", $"Năm ban hành \"{letterhead.IssueYear}\" phải có bốn chữ số.");
        }
    }
}
