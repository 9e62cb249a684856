namespace CcHc.Docs.Plans;

/// <summary>
/// A nhiệm vụ: what to do, its product (sản phẩm), the lead unit (cơ quan chủ trì), supporting units
/// (cơ quan phối hợp) and timing (thời gian thực hiện). In an appendix table it is one row, and its
/// subtasks are the rows numbered 3.1, 3.2 under it.
/// </summary>
public sealed record PlanTask
{
    /// <summary>What to do.</summary>
    public required string Text { get; init; }

    /// <summary>Sản phẩm: the expected output.</summary>
    public string? Product { get; init; }

    /// <summary>Cơ quan chủ trì.</summary>
    public string? Lead { get; init; }

    /// <summary>Cơ quan phối hợp.</summary>
    public string? Support { get; init; }

    /// <summary>Thời gian thực hiện, as written ("Quý I", "Thường xuyên", "Trước 30/6/2026").</summary>
    public string? Deadline { get; init; }

    /// <summary>Cơ quan giám sát: the unit that oversees the task, when the plan names one.</summary>
    public string? Supervisor { get; init; }

    /// <summary>Kinh phí: the funding, as written ("Ngân sách xã", "Lồng ghép các chương trình").</summary>
    public string? Funding { get; init; }

    /// <summary>Ghi chú: a remark printed in an appendix table's note column.</summary>
    public string? Note { get; init; }

    /// <summary>How this task prints its details in the body, overriding <see cref="Plan.TaskDetails"/>; null for the plan's.</summary>
    public TaskDetails? Details { get; init; }

    /// <summary>Values of custom table columns, by column key.</summary>
    public ValueList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>Sub-tasks, numbered under this one (3.1, 3.2).</summary>
    public ValueList<PlanTask> Subtasks { get; init; } = [];
}
