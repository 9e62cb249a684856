namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A footnote (<c>&lt;footnote&gt;</c>): the writer prints a superscript reference number where it stands and the
/// note's text at the foot of the page. Its content is inline text with bold, italic, underline and line breaks.
/// </summary>
public sealed class Footnote : MarkupInline
{
    /// <summary>Creates a footnote holding <paramref name="inlines"/> (text, <see cref="TextSpan"/> and <see cref="LineBreak"/> only).</summary>
    /// <exception cref="ArgumentException">The content holds another footnote.</exception>
    public Footnote(IReadOnlyList<MarkupInline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        foreach (var inline in inlines)
        {
            if (inline is Footnote)
            {
                throw new ArgumentException("A footnote cannot hold another footnote.", nameof(inlines));
            }
        }

        Inlines = inlines;
    }

    /// <summary>The note's text.</summary>
    public IReadOnlyList<MarkupInline> Inlines { get; }
}
