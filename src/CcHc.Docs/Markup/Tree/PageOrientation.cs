namespace CcHc.Docs.Markup.Tree;

/// <summary>Orientation of the A4 pages of a section.</summary>
public enum PageOrientation
{
    /// <summary>210 × 297 mm, the NĐ30 default.</summary>
    Portrait,

    /// <summary>297 × 210 mm, for wide appendix tables.</summary>
    Landscape,
}
