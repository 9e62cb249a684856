namespace CcHc.Docs.Reports;

/// <summary>What a unit reports for one task: its status and the result in words.</summary>
public sealed record TaskProgress
{
    /// <summary>The task's id ("78/KH-UBND#PL1.I.3.1").</summary>
    public required string TaskId { get; init; }

    /// <summary>Tình trạng; null when not given yet.</summary>
    public ProgressStatus? Status { get; init; }

    /// <summary>Kết quả thực hiện; null when not given yet.</summary>
    public string? Result { get; init; }
}
