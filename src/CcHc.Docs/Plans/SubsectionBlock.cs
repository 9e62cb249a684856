namespace CcHc.Docs.Plans;

/// <summary>A nested numbered section (khoản 1., điểm a), or 1.1. in decimal numbering).</summary>
/// <param name="Section">The nested section.</param>
public sealed record SubsectionBlock(Section Section) : Block;
