namespace CcHc.Docs.Testing;

/// <summary>
/// Choices for <see cref="DocxDescription.Describe(System.IO.Stream, DocxDescriptionOptions?)"/>. The defaults
/// describe what a reader of the document sees, so a change in how formatting is stored (styles or
/// direct formatting) does not show as a difference.
/// </summary>
public sealed record DocxDescriptionOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DocxDescriptionOptions Default { get; } = new();

    /// <summary>
    /// Adds a <c>style="…"</c> token to every paragraph. Off by default: the style name is how formatting is
    /// stored, not how it looks, and turning a direct format into a style would otherwise change every line.
    /// Heading levels always show, as <c>outline=N</c>.
    /// </summary>
    public bool IncludeStyleNames { get; init; }
}
