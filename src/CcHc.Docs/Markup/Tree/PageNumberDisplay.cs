namespace CcHc.Docs.Markup.Tree;

/// <summary>Which pages of a section show a page number in the top margin.</summary>
public enum PageNumberDisplay
{
    /// <summary>Every page except the section's first one (NĐ30: page 1 shows no number).</summary>
    FromSecondPage,

    /// <summary>Every page, including the first.</summary>
    AllPages,

    /// <summary>No page numbers.</summary>
    None,
}
