namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// The root of a parsed document: an ordered list of sections, each with its own page setup.
/// Immutable; produced by <see cref="MarkupParser.Parse"/> and consumed by the docx writer.
/// </summary>
public sealed class MarkupDocument
{
    /// <summary>Creates a document from its sections (at least one).</summary>
    public MarkupDocument(IEnumerable<MarkupSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        Sections = sections.ToArray();
        if (Sections.Count == 0)
        {
            throw new ArgumentException("A document needs at least one section.", nameof(sections));
        }
    }

    /// <summary>The sections in reading order; the first one starts on page 1.</summary>
    public IReadOnlyList<MarkupSection> Sections { get; }
}
