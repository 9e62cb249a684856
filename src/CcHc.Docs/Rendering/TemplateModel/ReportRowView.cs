using CcHc.Docs.Reports;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A row of <c>report.rows</c>: the task, when it was due, its status and result.</summary>
public sealed class ReportRowView
{
    internal ReportRowView(ReportRow row)
    {
        Task = new TaskItemView(row.Task);
        Due = TaskItemView.Short(row.Due);
        Status = row.Status is { } s ? ProgressStatuses.ToText(s) : "";
        Result = row.Result ?? "";
        CarriedOver = row.CarriedOver;
    }

    /// <summary>The task.</summary>
    public TaskItemView Task { get; }

    /// <summary>"31/3/2026".</summary>
    public string Due { get; }

    /// <summary>"Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", or empty.</summary>
    public string Status { get; }

    /// <summary>Kết quả thực hiện, or empty.</summary>
    public string Result { get; }

    /// <summary>True for a task due before the period and not completed.</summary>
    public bool CarriedOver { get; }
}
