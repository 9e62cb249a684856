namespace CcHc.Docs.Plans;

/// <summary>Where a section's pointer to an appendix is printed.</summary>
public enum AppendixReferencePlacement
{
    /// <summary>After the heading (or the item's text), in italics: "III. … <i>(Chi tiết tại Phụ lục I)</i>.".</summary>
    Heading,

    /// <summary>On its own centred line after the section's content: "(chi tiết tại Phụ lục 01 kèm theo)".</summary>
    Line,
}
