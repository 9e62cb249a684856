namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// The document title (ô 5a): the kind ("KẾ HOẠCH") and the trích yếu below it, both centred and
/// bold, with a short rule under the trích yếu.
/// </summary>
public sealed class TitleBlock : MarkupBlock
{
    /// <summary>Creates a title.</summary>
    public TitleBlock(IEnumerable<MarkupInline> kind, IEnumerable<MarkupInline> summary)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(summary);
        Kind = kind.ToArray();
        Summary = summary.ToArray();
    }

    /// <summary>The document kind, printed in capitals.</summary>
    public IReadOnlyList<MarkupInline> Kind { get; }

    /// <summary>The trích yếu; may span several lines.</summary>
    public IReadOnlyList<MarkupInline> Summary { get; }
}
