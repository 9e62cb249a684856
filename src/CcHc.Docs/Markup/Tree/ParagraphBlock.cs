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

    private ParagraphBlock(MarkupInline[] inlines, ParagraphRole role)
    {
        Inlines = inlines;
        Role = role;
    }

    /// <summary>The parser's constructor: takes ownership of <paramref name="inlines"/> instead of copying it.</summary>
    internal static ParagraphBlock Adopt(MarkupInline[] inlines, ParagraphRole role) => new(inlines, role);

    /// <summary>The paragraph's role, which selects its style.</summary>
    public ParagraphRole Role { get; }

    /// <summary>The paragraph's content.</summary>
    public IReadOnlyList<MarkupInline> Inlines { get; }
}
