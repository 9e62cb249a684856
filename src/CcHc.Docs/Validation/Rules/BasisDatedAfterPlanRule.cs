using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0009: no căn cứ or "Thực hiện" document is dated after the plan itself (or after its year, in a draft).</summary>
internal sealed class BasisDatedAfterPlanRule : PlanRule
{
    public override string Code => "KH0009";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var planDate = plan.Letterhead.Date;
        var planYear = plan.Letterhead.IssueYear;
        foreach (var (path, document, isBasis, _) in Citations.Of(plan))
        {
            if (document.Date is not { } date)
            {
                continue;
            }
            var late = planDate is { } day ? date > day : planYear is { } year && date.Year > year;
            if (late)
            {
                var planWhen = planDate is { } d ? $"ngày {TextPatterns.Short(d)}" : $"năm {planYear}";
                yield return At(path + ".date",
                    $"{(isBasis ? "Căn cứ" : "Văn bản thực hiện")} {document.Kind} {document.Number} ghi ngày {TextPatterns.Short(date)}, sau ngày ban hành Kế hoạch ({planWhen}); kiểm tra lại ngày của văn bản được viện dẫn.");
            }
        }
    }
}
