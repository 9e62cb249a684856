using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0060: a task's thời gian thực hiện is a phrase <see cref="DeadlineParser"/> cannot read, so the task gets no
/// date in `cchc tasks`, the calendar or a progress report. The phrase stays as written; this only says so.
/// </summary>
internal sealed class UnreadableDeadlineRule : PlanRule
{
    public override string Code => "KH0060";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plans.Plan plan)
    {
        var year = plan.Letterhead.IssueYear ?? 2000; // readability does not depend on the year
        foreach (var (task, path, _) in TaskTree.All(plan))
        {
            if (!string.IsNullOrWhiteSpace(task.Deadline) && DeadlineParser.Parse(task.Deadline, year) is null)
            {
                yield return At(path + ".deadline",
                    $"Thời gian thực hiện \"{task.Deadline}\" không đọc được thành thời hạn (ví dụ: \"Quý I\", \"Trước ngày 30/6/2026\", \"Hằng quý\", \"Thường xuyên\"); nhiệm vụ sẽ không có ngày đến hạn trong lịch và báo cáo.");
            }
        }
    }
}
