namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A body paragraph introduced by a marker: a dash or plus bullet, or a label such as "a)" or "1."
/// printed in the same paragraph as the text (<c>&lt;item&gt;</c>).
/// </summary>
public sealed class ListItemBlock : MarkupBlock
{
    /// <summary>Creates a list item; <paramref name="label"/> is required for <see cref="ListMarker.Label"/>.</summary>
    public ListItemBlock(ListMarker marker, string? label, IEnumerable<MarkupInline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        if (marker == ListMarker.Label && string.IsNullOrEmpty(label))
        {
            throw new ArgumentException("A labelled item needs a label.", nameof(label));
        }

        Marker = marker;
        Label = marker == ListMarker.Label ? label : null;
        Inlines = inlines.ToArray();
    }

    /// <summary>The kind of marker.</summary>
    public ListMarker Marker { get; }

    /// <summary>The label for <see cref="ListMarker.Label"/>; null otherwise.</summary>
    public string? Label { get; }

    /// <summary>The marker text as printed ("- ", "+ " or the label and a space).</summary>
    public string MarkerText => Marker switch
    {
        ListMarker.Dash => "- ",
        ListMarker.Plus => "+ ",
        _ => Label + " ",
    };

    /// <summary>The item text.</summary>
    public IReadOnlyList<MarkupInline> Inlines { get; }
}
