namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// The heading lines of an appendix (Mẫu 2.1): "Phụ lục I", the title in capitals, and the italic
/// caption "(Kèm theo Kế hoạch số … ngày … của …)" with a short rule under it.
/// </summary>
public sealed class AppendixHeadingBlock : MarkupBlock
{
    /// <summary>Creates an appendix heading.</summary>
    public AppendixHeadingBlock(
        IEnumerable<MarkupInline> label,
        IEnumerable<MarkupInline> title,
        IEnumerable<MarkupInline>? caption)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(title);
        Label = label.ToArray();
        Title = title.ToArray();
        Caption = caption?.ToArray() ?? [];
    }

    /// <summary>"Phụ lục I" (or "Phụ lục" for a single appendix).</summary>
    public IReadOnlyList<MarkupInline> Label { get; }

    /// <summary>The appendix title, printed in capitals.</summary>
    public IReadOnlyList<MarkupInline> Title { get; }

    /// <summary>The reference line, parentheses included; empty when absent.</summary>
    public IReadOnlyList<MarkupInline> Caption { get; }
}
