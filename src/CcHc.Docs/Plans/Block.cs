namespace CcHc.Docs.Plans;

/// <summary>One item of a section's content: a paragraph, a bullet, a task or a nested section.</summary>
public abstract record Block;
