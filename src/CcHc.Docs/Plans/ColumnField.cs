namespace CcHc.Docs.Plans;

/// <summary>What an appendix table column shows.</summary>
public enum ColumnField
{
    /// <summary>The computed row number (STT): I, II for groups, 1, 2, 3.1 for tasks.</summary>
    Number,

    /// <summary><see cref="PlanTask.Text"/>.</summary>
    Task,

    /// <summary><see cref="PlanTask.Product"/>.</summary>
    Product,

    /// <summary><see cref="PlanTask.Lead"/>.</summary>
    Lead,

    /// <summary><see cref="PlanTask.Support"/>.</summary>
    Support,

    /// <summary><see cref="PlanTask.Deadline"/>.</summary>
    Deadline,

    /// <summary><see cref="PlanTask.Supervisor"/> (Cơ quan giám sát).</summary>
    Supervisor,

    /// <summary><see cref="PlanTask.Funding"/> (Kinh phí).</summary>
    Funding,

    /// <summary><see cref="PlanTask.Note"/> (Ghi chú).</summary>
    Note,

    /// <summary>A custom value from <see cref="PlanTask.Extra"/>, by <see cref="TableColumn.Key"/>.</summary>
    Extra,
}
