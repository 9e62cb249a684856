using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0002: a plan without a number or a date is a draft; fill them in after signing.</summary>
internal sealed class DraftLetterheadRule : PlanRule
{
    public override string Code => "KH0002";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var letterhead = plan.Letterhead;
        var missing = (letterhead.Number is null, letterhead.Date is null) switch
        {
            (true, true) => "số và ngày tháng",
            (true, false) => "số",
            (false, true) => "ngày tháng",
            _ => null,
        };
        if (missing is not null)
        {
            yield return At("letterhead",
                $"Văn bản còn để trống {missing} (\"{PlanText.NumberLine(letterhead).Trim()}\", \"{PlanText.DateLine(letterhead)}\"): đây là bản dự thảo; điền {missing} khi ban hành.");
        }
    }
}
