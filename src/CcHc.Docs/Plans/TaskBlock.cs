namespace CcHc.Docs.Plans;

/// <summary>A task in the body, printed as a bullet with who leads it, who supports and when.</summary>
/// <param name="Task">The task.</param>
public sealed record TaskBlock(PlanTask Task) : Block;
