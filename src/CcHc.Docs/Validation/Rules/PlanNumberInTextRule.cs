using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0016: a sentence that cites this plan by number says the plan's own number and date. A mention counts as
/// this plan when it is in the closing ("Trên đây là Kế hoạch số …"), or when it has this plan's ký hiệu and
/// date, or its ký hiệu and number with another date of the same year.
/// </summary>
internal sealed class PlanNumberInTextRule : PlanRule
{
    public override string Code => "KH0016";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var letterhead = plan.Letterhead;
        if (letterhead.Number is not { } number)
        {
            yield break;
        }
        foreach (var text in PlanWalker.StringsOf(plan).Where(s => s.IsProse))
        {
            foreach (Match match in TextPatterns.CitationInText.Matches(text.Text))
            {
                if (!string.Equals(VietnameseCase.ToLower(match.Groups["kind"].Value), VietnameseCase.ToLower(plan.Title.Kind), StringComparison.Ordinal))
                {
                    continue;
                }
                var cited = DocumentNumber.TryParse(match.Groups["number"].Value.TrimEnd('.')).Value;
                if (cited is null || cited.Symbol != letterhead.Symbol)
                {
                    continue;
                }
                DateOnly? date = match.Groups["date"].Success ? TextPatterns.ReadDate(match.Groups["date"].Value) : null;
                var samePlanDate = date is not null && date == letterhead.Date;
                var selfByRole = text.Role == TextRole.Closing;
                if ((selfByRole || samePlanDate) && cited.Number != number)
                {
                    yield return At(text.Path,
                        $"Câu \"{TextPatterns.Quote(match.Value)}\" ghi số {cited} nhưng Kế hoạch này là số {PlanText.Reference(letterhead)}; sửa cho khớp.");
                }
                else if (cited.Number == number && date is { } d && letterhead.Date is { } own && d != own && d.Year == own.Year)
                {
                    yield return At(text.Path,
                        $"Câu \"{TextPatterns.Quote(match.Value)}\" ghi ngày {TextPatterns.Short(d)} nhưng Kế hoạch số {PlanText.Reference(letterhead)} ban hành {DateLine.FormatLongDate(own)}.");
                }
            }
        }
    }
}
