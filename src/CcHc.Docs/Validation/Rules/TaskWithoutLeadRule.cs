using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0024: every task names its cơ quan chủ trì. A task with subtasks may leave it out when every subtask names
/// one (the table then assigns each subtask; a lead on the parent row would repeat or contradict them).
/// </summary>
internal sealed class TaskWithoutLeadRule : PlanRule
{
    public override string Code => "KH0024";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (task, path, _) in TaskTree.All(plan))
        {
            if (!string.IsNullOrWhiteSpace(task.Lead) || (task.Subtasks.Count > 0 && task.Subtasks.All(HasLead)))
            {
                continue;
            }
            yield return At(path + ".lead", $"Nhiệm vụ \"{TextPatterns.Quote(task.Text)}\" chưa có cơ quan chủ trì; ghi rõ đơn vị chịu trách nhiệm (lead).");
        }
    }

    private static bool HasLead(PlanTask task) =>
        !string.IsNullOrWhiteSpace(task.Lead) || (task.Subtasks.Count > 0 && task.Subtasks.All(HasLead));
}
