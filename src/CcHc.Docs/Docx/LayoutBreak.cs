using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// A line break the writer adds for layout (balanced title lines), not one the plan wrote: it is written as a
/// w:br in a run of the <see cref="StyleIds.LayoutBreak"/> character style, so the importer reads it as a space and
/// a round trip gives back the plan's own text.
/// </summary>
internal sealed class LayoutBreak : MarkupInline
{
    public static LayoutBreak Instance { get; } = new();

    private LayoutBreak()
    {
    }
}
