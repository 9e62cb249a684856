namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// Base of inline content: <see cref="TextSpan"/> (text with bold/italic/underline),
/// <see cref="LineBreak"/> and <see cref="Footnote"/>. Inline content is already whitespace-normalised by the parser.
/// </summary>
public abstract class MarkupInline
{
    private protected MarkupInline()
    {
    }
}
