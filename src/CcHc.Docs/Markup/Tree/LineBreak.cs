namespace CcHc.Docs.Markup.Tree;

/// <summary>A forced line break inside a paragraph (<c>&lt;br/&gt;</c>).</summary>
public sealed class LineBreak : MarkupInline
{
    /// <summary>The one line-break instance; it carries no data.</summary>
    public static LineBreak Instance { get; } = new();

    private LineBreak()
    {
    }
}
