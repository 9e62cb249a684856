namespace CcHc.Docs.Plans;

/// <summary>
/// A chỉ tiêu: its text as written ("Tỷ lệ giải ngân vốn đầu tư công đạt 100%") and the figures it states,
/// which validation checks against the text (a percentage above 100 is an error).
/// </summary>
public sealed record Target
{
    /// <summary>The target as written, figures included.</summary>
    public required string Text { get; init; }

    /// <summary>The figures the text states, in order.</summary>
    public ValueList<Figure> Figures { get; init; } = [];
}
