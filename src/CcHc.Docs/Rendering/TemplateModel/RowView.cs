using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A printed table row: a group row (number and title) or a task row (one text per column).</summary>
public sealed class RowView
{
    internal RowView(AppendixRow row, IReadOnlyList<TableColumn> columns)
    {
        IsGroup = row.IsGroup;
        Number = row.Number;
        Depth = row.Depth;
        Title = row.Group?.Title;
        Cells = row.Task is { } task ? columns.Select(c => Cell(c, row.Number, task)).ToArray() : [];
    }

    /// <summary>True for a group row.</summary>
    public bool IsGroup { get; }

    /// <summary>"II", "3", "3.1".</summary>
    public string Number { get; }

    /// <summary>0 for groups, 1 for tasks, 2 for subtasks.</summary>
    public int Depth { get; }

    /// <summary>The group's title, for a group row.</summary>
    public string? Title { get; }

    /// <summary>The task row's cell texts, one per column ("" where empty).</summary>
    public string[] Cells { get; }

    private static string Cell(TableColumn column, string number, PlanTask task) => column.Field switch
    {
        ColumnField.Number => number,
        ColumnField.Task => task.Text,
        ColumnField.Product => task.Product ?? "",
        ColumnField.Lead => task.Lead ?? "",
        ColumnField.Support => task.Support ?? "",
        ColumnField.Deadline => task.Deadline ?? "",
        ColumnField.Supervisor => task.Supervisor ?? "",
        ColumnField.Funding => task.Funding ?? "",
        ColumnField.Note => task.Note ?? "",
        _ => task.Extra.FirstOrDefault(e => e.Key == column.Key).Value ?? "",
    };
}
