namespace CcHc.Docs.Markup.Tree;

/// <summary>A paragraph of text with an NĐ30 role (<c>&lt;p role="…"&gt;</c>).</summary>
public sealed class ParagraphBlock : MarkupBlock
{
    /// <summary>Creates a paragraph.</summary>
    public ParagraphBlock(IEnumerable<MarkupInline> inlines, ParagraphRole role = ParagraphRole.Body)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        Inlines = inlines.ToArray();
        Role = role;
    }

    /// <summary>The paragraph's role, which selects its style.</summary>
    public ParagraphRole Role { get; }

    /// <summary>The paragraph's content.</summary>
    public IReadOnlyList<MarkupInline> Inlines { get; }
}
