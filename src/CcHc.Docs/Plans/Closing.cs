namespace CcHc.Docs.Plans;

/// <summary>The closing sentence ("Trên đây là Kế hoạch …") and whether the end mark "./." is appended.</summary>
public sealed record Closing
{
    /// <summary>The sentence as written; when it already ends with an end mark, none is added.</summary>
    public required string Text { get; init; }

    /// <summary>Append "./." (or "/." after a full stop) unless the text already ends with one.</summary>
    public bool EndMark { get; init; } = true;
}
