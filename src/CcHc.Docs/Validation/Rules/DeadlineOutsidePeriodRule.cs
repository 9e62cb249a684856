using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0025: a task's thời gian thực hiện lies within the plan's period: no year before the plan's year, no date
/// before the plan's date.
/// </summary>
internal sealed partial class DeadlineOutsidePeriodRule : PlanRule
{
    public override string Code => "KH0025";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Letterhead.IssueYear is not { } year)
        {
            yield break;
        }
        foreach (var (task, path, _) in TaskTree.All(plan))
        {
            if (string.IsNullOrWhiteSpace(task.Deadline))
            {
                continue;
            }
            var deadline = task.Deadline;
            var earlyDate = TextPatterns.DatesIn(deadline).Select(d => d.Date).Where(d => plan.Letterhead.Date is { } own ? d < own : d.Year < year).ToList();
            var withoutDates = TextPatterns.DatesIn(deadline).Aggregate(deadline, (text, d) => text.Replace(d.Form, " ", StringComparison.Ordinal));
            var earlyYear = YearPattern().Matches(withoutDates).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(y => y < year).ToList();
            if (earlyDate.Count > 0 || earlyYear.Count > 0)
            {
                var when = earlyDate.Count > 0 ? TextPatterns.Short(earlyDate[0]) : earlyYear[0].ToString(CultureInfo.InvariantCulture);
                yield return At(path + ".deadline",
                    $"Thời gian thực hiện \"{deadline}\" ({when}) trước thời điểm ban hành Kế hoạch (năm {year}); kiểm tra lại thời hạn.");
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9/])(?:19|20)[0-9]{2}(?![0-9/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
