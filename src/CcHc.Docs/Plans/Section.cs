namespace CcHc.Docs.Plans;

/// <summary>
/// A numbered part of the body: a top-level mục (I., II.) or, nested as a <see cref="SubsectionBlock"/>,
/// a khoản (1.) or điểm (a)). Its label comes from its position and the plan's <see cref="NumberingScheme"/>.
/// </summary>
public sealed record Section
{
    /// <summary>The well-known kind, which supplies a default heading; <see cref="SectionKind.Custom"/> otherwise.</summary>
    public SectionKind Kind { get; init; } = SectionKind.Custom;

    /// <summary>The heading; when null, the kind's default heading or <see cref="Unit"/>.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The label as the original prints it ("2.1" without its dot, "- a)"), instead of the computed one; numbering
    /// of the following items is unchanged. The validator reports it as a deviation (KH0055, info).
    /// </summary>
    public string? Label { get; init; }

    /// <summary>For an assignment ("1. Phòng Văn hóa - Xã hội"): the unit given the tasks below.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Text printed after the label in the same paragraph: the whole item when there is no title
    /// ("1. Lãnh đạo các phòng …"), or what follows "Title: " when there is one.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Targets listed in the same paragraph after <see cref="Text"/>: "(06 chỉ tiêu) gồm: (1) …; (2) …".</summary>
    public ValueList<Target> Targets { get; init; } = [];

    /// <summary>A pointer to an appendix that holds this section's details.</summary>
    public AppendixReference? SeeAppendix { get; init; }

    /// <summary>Paragraphs, bullets, tasks and nested sections, in order.</summary>
    public ValueList<Block> Content { get; init; } = [];
}
