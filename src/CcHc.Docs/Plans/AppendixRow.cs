namespace CcHc.Docs.Plans;

/// <summary>
/// One printed row of an appendix table: a group row ("II", title spanning the columns) or a task row
/// ("3", "3.1"), in print order, with its computed number.
/// </summary>
/// <param name="Number">The STT: "II" for a group, "3" or "3.1" for a task.</param>
/// <param name="Group">The group, for a group row.</param>
/// <param name="Task">The task, for a task row.</param>
/// <param name="Depth">0 for a group row, 1 for a task, 2 for a subtask, and so on.</param>
public sealed record AppendixRow(string Number, TaskGroup? Group, PlanTask? Task, int Depth)
{
    /// <summary>True for a group row.</summary>
    public bool IsGroup => Group is not null;

    /// <summary>The rows of <paramref name="table"/> in print order: ungrouped tasks, then each group and its tasks.</summary>
    public static IReadOnlyList<AppendixRow> Flatten(AppendixTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<AppendixRow>();
        AddTasks(rows, table.Tasks, []);
        for (var g = 0; g < table.Groups.Count; g++)
        {
            var group = table.Groups[g];
            rows.Add(new AppendixRow(Vietnamese.RomanNumerals.ToRoman(g + 1), group, null, 0));
            AddTasks(rows, group.Tasks, []);
        }
        return rows;
    }

    private static void AddTasks(List<AppendixRow> rows, IReadOnlyList<PlanTask> tasks, int[] parent)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            int[] path = [.. parent, i + 1];
            rows.Add(new AppendixRow(SectionNumbering.RowNumber(path), null, tasks[i], path.Length));
            AddTasks(rows, tasks[i].Subtasks, path);
        }
    }
}
