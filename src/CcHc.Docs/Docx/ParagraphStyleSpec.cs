using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>The formatting of one named paragraph style; null members are inherited from the base style.</summary>
internal sealed record ParagraphStyleSpec(string Id, string Name)
{
    public string? BasedOn { get; init; } = StyleIds.Normal;

    public JustificationValues? Alignment { get; init; }

    public int? FirstLineIndent { get; init; }

    /// <summary>Left indent with the first line pulled back by the same amount (twips): wrapped lines align after a marker.</summary>
    public int? HangingIndent { get; init; }

    public int? SpaceBefore { get; init; }

    public int? SpaceAfter { get; init; }

    public bool KeepNext { get; init; }

    public int? OutlineLevel { get; init; }

    public double? Size { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }
}
