namespace CcHc.Docs.Reports;

/// <summary>Tình trạng of a task in a progress report.</summary>
public enum ProgressStatus
{
    /// <summary>"Hoàn thành".</summary>
    Completed,

    /// <summary>"Đang thực hiện".</summary>
    InProgress,

    /// <summary>"Chưa thực hiện".</summary>
    NotStarted,

    /// <summary>"Quá hạn": computed when a task due by the report date is not completed; may also be given.</summary>
    Overdue,
}
