namespace CcHc.Docs.Plans;

/// <summary>
/// How body tasks print their details: inline in parentheses (the default) or as lines ("Cơ quan chủ trì: …"),
/// each with a dash, a star or nothing, the label in italics or not. Set for the plan, overridden per task.
/// </summary>
public sealed record TaskDetails
{
    /// <summary>Inline (default) or one line per detail.</summary>
    public TaskDetailForm Form { get; init; } = TaskDetailForm.Inline;

    /// <summary>The marker of each detail line.</summary>
    public TaskDetailMarker Marker { get; init; } = TaskDetailMarker.Dash;

    /// <summary>True to print the label of each detail line ("Cơ quan chủ trì:") in italics.</summary>
    public bool ItalicLabels { get; init; }
}
