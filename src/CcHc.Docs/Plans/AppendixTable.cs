namespace CcHc.Docs.Plans;

/// <summary>A table of tasks in an appendix: its columns and its rows, grouped or not.</summary>
public sealed record AppendixTable
{
    /// <summary>An optional caption printed above the table.</summary>
    public string? Title { get; init; }

    /// <summary>The columns; <see cref="TableColumn.Standard"/> by default.</summary>
    public ValueList<TableColumn> Columns { get; init; } = TableColumn.Standard;

    /// <summary>Grouped rows: each group is a Roman-numbered row followed by its tasks.</summary>
    public ValueList<TaskGroup> Groups { get; init; } = [];

    /// <summary>
    /// True to print a row of column numbers "(1)", "(2)" … under the header, repeated with it on every page.
    /// </summary>
    public bool ColumnNumbers { get; init; }

    /// <summary>Rows outside any group, printed before the groups.</summary>
    public ValueList<PlanTask> Tasks { get; init; } = [];
}
