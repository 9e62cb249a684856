namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A numbered heading: the label computed by the template (e.g. "I.", "1.", "a)") followed by the
/// text. Level 0 is a Phần (label and title on two centred lines), 1 a Mục (UPPER, bold), 2 a Khoản
/// with a title (bold), 3 a titled Điểm (plain), 4 a lower decimal level (italic).
/// </summary>
public sealed class HeadingBlock : MarkupBlock
{
    /// <summary>The lowest level (Phần).</summary>
    public const int MinLevel = 0;

    /// <summary>The deepest level.</summary>
    public const int MaxLevel = 4;

    /// <summary>Creates a heading.</summary>
    public HeadingBlock(int level, string label, IEnumerable<MarkupInline> inlines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, MinLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevel);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(inlines);
        Level = level;
        Label = label;
        Inlines = inlines.ToArray();
    }

    /// <summary>0 (Phần) to 4.</summary>
    public int Level { get; }

    /// <summary>The label printed before the text ("I.", "1.", "a)"); may be empty.</summary>
    public string Label { get; }

    /// <summary>The heading text.</summary>
    public IReadOnlyList<MarkupInline> Inlines { get; }
}
