using CcHc.Docs.Reports;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// What the "bao-cao" template sees as <c>report</c> beside <c>plan</c> (the report as a document): the period, the
/// plan reported on and the task rows with their status.
/// </summary>
public sealed class ReportView
{
    internal ReportView(ProgressReport report)
    {
        PeriodLabel = report.Period.Label;
        From = TaskItemView.Short(report.Period.From);
        To = TaskItemView.Short(report.Period.To);
        Source = new PlanView(report.Source);
        Rows = report.Rows.Select(r => new ReportRowView(r)).ToArray();
        Completed = report.Rows.Count(r => r.Status == ProgressStatus.Completed);
        Overdue = report.Rows.Count(r => r.Status == ProgressStatus.Overdue);
        Unreported = report.Rows.Count(r => r.Status is null);
    }

    /// <summary>"quý I năm 2026".</summary>
    public string PeriodLabel { get; }

    /// <summary>"1/1/2026".</summary>
    public string From { get; }

    /// <summary>"31/3/2026".</summary>
    public string To { get; }

    /// <summary>The plan reported on, as a template sees a plan.</summary>
    public PlanView Source { get; }

    /// <summary>The tasks due in the period, with status and result.</summary>
    public ReportRowView[] Rows { get; }

    /// <summary>How many rows are Hoàn thành.</summary>
    public int Completed { get; }

    /// <summary>How many rows are Quá hạn.</summary>
    public int Overdue { get; }

    /// <summary>How many rows have no progress yet.</summary>
    public int Unreported { get; }
}
