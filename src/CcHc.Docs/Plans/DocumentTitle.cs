namespace CcHc.Docs.Plans;

/// <summary>The document kind ("Kế hoạch") printed in capitals, and the trích yếu under it.</summary>
public sealed record DocumentTitle
{
    /// <summary>The document kind in sentence case, e.g. "Kế hoạch".</summary>
    public string Kind { get; init; } = "Kế hoạch";

    /// <summary>The trích yếu in sentence case; a line break ("\n") marks where the printed line breaks.</summary>
    public required string Summary { get; init; }
}
