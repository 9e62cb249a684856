using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Parses document markup (the XML vocabulary described in docs/markup.md) into a
/// <see cref="MarkupDocument"/>. The XML is read with DTDs prohibited and no external resolution;
/// any problem becomes a <see cref="MarkupException"/> with line and column.
/// </summary>
public static class MarkupParser
{
    /// <summary>The deepest element nesting accepted; real markup stays well below 30.</summary>
    public const int MaxDepth = 48;

    /// <summary>Parses markup into a document tree.</summary>
    /// <param name="markup">The markup text, normally the output of a template.</param>
    /// <param name="sourceName">A name for error messages, e.g. "ke-hoach.sbn (markup)".</param>
    /// <exception cref="MarkupException">The markup is malformed; the message says where and what to fix.</exception>
    public static MarkupDocument Parse(string markup, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(sourceName);
        XmlCharacters.EnsureAllowed(markup, sourceName);

        // One streaming pass builds the tree. Malformed XML and nesting deeper than MaxDepth anywhere in
        // the markup outrank a problem the tree readers find on the way, so after such a problem the pass
        // still reads to the end, and a syntax error found there is reported instead.
        using var reader = new MarkupReader(markup, sourceName);
        try
        {
            var document = new DocumentReader(reader).Read();
            reader.ReadToEnd();
            return document;
        }
        catch (MarkupException) when (!reader.SyntaxFailed)
        {
            reader.ReadToEnd();
            throw;
        }
    }
}
