using CcHc.Docs.Tasks;

namespace CcHc.Docs.Reports;

/// <summary>A task in a report's table: due in the period (or carried over, overdue, from before it), with its progress.</summary>
/// <param name="Task">The task.</param>
/// <param name="Due">The due date that brings it into the report: its last milestone up to the period's end.</param>
/// <param name="Status">Tình trạng with overdue computed; null when the unit has not reported.</param>
/// <param name="Result">Kết quả thực hiện; null when not reported.</param>
/// <param name="CarriedOver">True for a task due before the period that the progress file says is not completed.</param>
public sealed record ReportRow(TaskItem Task, DateOnly Due, ProgressStatus? Status, string? Result, bool CarriedOver);
