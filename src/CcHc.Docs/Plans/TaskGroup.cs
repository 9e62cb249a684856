namespace CcHc.Docs.Plans;

/// <summary>A group row of an appendix table (I, II, … in bold, spanning the columns) and its tasks.</summary>
public sealed record TaskGroup
{
    /// <summary>The group's heading.</summary>
    public required string Title { get; init; }

    /// <summary>The tasks under the group, numbered from 1.</summary>
    public ValueList<PlanTask> Tasks { get; init; } = [];
}
