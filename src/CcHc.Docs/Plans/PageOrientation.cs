namespace CcHc.Docs.Plans;

/// <summary>Orientation of an appendix's pages.</summary>
public enum PageOrientation
{
    /// <summary>A4 upright.</summary>
    Portrait,

    /// <summary>A4 on its side, for wide tables.</summary>
    Landscape,
}
