namespace CcHc.Docs.Plans;

/// <summary>"(Chi tiết tại Phụ lục I)": a section's pointer to the appendix that details it.</summary>
public sealed record AppendixReference
{
    /// <summary>The 1-based appendix number; null when the text only says "phụ lục đính kèm".</summary>
    public int? Appendix { get; init; }

    /// <summary>The words inside the parentheses, overriding the computed "Chi tiết tại Phụ lục I".</summary>
    public string? Text { get; init; }

    /// <summary>After the heading (the default) or on its own centred line after the content.</summary>
    public AppendixReferencePlacement Placement { get; init; }
}
