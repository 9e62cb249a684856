namespace CcHc.Docs.Plans;

/// <summary>A column of an appendix table: what it shows, its header and its width in millimetres.</summary>
public sealed record TableColumn
{
    /// <summary>The task field shown in the column.</summary>
    public required ColumnField Field { get; init; }

    /// <summary>The header text.</summary>
    public required string Header { get; init; }

    /// <summary>Width in millimetres; null shares the remaining width.</summary>
    public decimal? Width { get; init; }

    /// <summary>For <see cref="ColumnField.Extra"/>: the key into <see cref="PlanTask.Extra"/>.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// The columns NĐ30 practice uses: STT | Lĩnh vực/nhiệm vụ/giải pháp | Sản phẩm | Cơ quan chủ trì |
    /// Cơ quan phối hợp | Thời gian thực hiện, 12/95/40/35/40/30 mm (landscape).
    /// </summary>
    public static ValueList<TableColumn> Standard { get; } =
    [
        new() { Field = ColumnField.Number, Header = "STT", Width = 12 },
        new() { Field = ColumnField.Task, Header = "Lĩnh vực/nhiệm vụ/giải pháp", Width = 95 },
        new() { Field = ColumnField.Product, Header = "Sản phẩm", Width = 40 },
        new() { Field = ColumnField.Lead, Header = "Cơ quan chủ trì", Width = 35 },
        new() { Field = ColumnField.Support, Header = "Cơ quan phối hợp", Width = 40 },
        new() { Field = ColumnField.Deadline, Header = "Thời gian thực hiện", Width = 30 },
    ];
}
