namespace CcHc.Docs.Plans;

/// <summary>
/// A phụ lục, printed in its own section: label ("Phụ lục I"), title, caption
/// ("(Kèm theo Kế hoạch số … ngày … của …)") and tables. Label and caption are computed from the
/// appendix's position and the plan's letterhead unless the plan overrides them.
/// </summary>
public sealed record Appendix
{
    /// <summary>Overrides the computed label ("Phụ lục I", or "Phụ lục" when it is the only one).</summary>
    public string? Label { get; init; }

    /// <summary>The title, printed in capitals.</summary>
    public required string Title { get; init; }

    /// <summary>Overrides the computed caption, parentheses included.</summary>
    public string? Caption { get; init; }

    /// <summary>Page orientation; landscape by default, for wide tables.</summary>
    public PageOrientation Orientation { get; init; } = PageOrientation.Landscape;

    /// <summary>The appendix's tables, in order.</summary>
    public ValueList<AppendixTable> Tables { get; init; } = [];
}
