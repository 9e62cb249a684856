namespace CcHc.Docs.Markup.Tree;

/// <summary>Forces the next block onto a new page (<c>&lt;page-break/&gt;</c>).</summary>
public sealed class PageBreakBlock : MarkupBlock
{
    /// <summary>The one page-break instance; it carries no data.</summary>
    public static PageBreakBlock Instance { get; } = new();

    private PageBreakBlock()
    {
    }
}
