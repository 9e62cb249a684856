namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A run of pages with one orientation and one page-numbering rule. Every section after the first
/// starts on a new page (an appendix is typically its own landscape section).
/// </summary>
public sealed class MarkupSection
{
    /// <summary>Creates a section.</summary>
    public MarkupSection(
        IEnumerable<MarkupBlock> blocks,
        PageOrientation orientation = PageOrientation.Portrait,
        PageNumberDisplay pageNumbers = PageNumberDisplay.FromSecondPage,
        bool restartPageNumbering = false)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Blocks = blocks.ToArray();
        Orientation = orientation;
        PageNumbers = pageNumbers;
        RestartPageNumbering = restartPageNumbering;
    }

    /// <summary>The content of the section in reading order.</summary>
    public IReadOnlyList<MarkupBlock> Blocks { get; }

    /// <summary>Portrait (A4 upright) or landscape (A4 on its side).</summary>
    public PageOrientation Orientation { get; }

    /// <summary>Where page numbers are printed (NĐ30: top centre, not on the first page).</summary>
    public PageNumberDisplay PageNumbers { get; }

    /// <summary>True when this section numbers its pages from 1 again (each appendix does).</summary>
    public bool RestartPageNumbering { get; }
}
