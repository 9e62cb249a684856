namespace CcHc.Docs.Plans;

/// <summary>
/// A Kế hoạch (administrative plan): letterhead, title, legal bases, body sections, closing,
/// recipients, signature and appendices. Immutable; numbering labels and derivable text
/// (captions, default headings) are computed from it, never stored.
/// </summary>
public sealed record Plan
{
    /// <summary>How section labels are numbered (NĐ30 I./1./a) or decimal I./1./1.1.).</summary>
    public NumberingScheme Numbering { get; init; } = NumberingScheme.Nd30;

    /// <summary>How body tasks print their details (inline by default); a task may override it.</summary>
    public TaskDetails TaskDetails { get; init; } = new();

    /// <summary>Issuing body, number and symbol, place and date.</summary>
    public required Letterhead Letterhead { get; init; }

    /// <summary>The document kind and its trích yếu.</summary>
    public required DocumentTitle Title { get; init; }

    /// <summary>"Căn cứ …" citations, one paragraph each; empty when the plan opens with <see cref="Implementing"/>.</summary>
    public ValueList<CitedDocument> Bases { get; init; } = [];

    /// <summary>"Thực hiện …" citations: the documents this plan implements, written as one opening sentence.</summary>
    public ValueList<CitedDocument> Implementing { get; init; } = [];

    /// <summary>The sentence that introduces the body ("… ban hành Kế hoạch … như sau:").</summary>
    public string? Preamble { get; init; }

    /// <summary>The body sections, numbered I., II., … in order.</summary>
    public ValueList<Section> Sections { get; init; } = [];

    /// <summary>The closing sentence ("Trên đây là Kế hoạch …") with its end mark.</summary>
    public Closing? Closing { get; init; }

    /// <summary>Nơi nhận: one recipient per line, without the leading dash or trailing semicolon.</summary>
    public ValueList<string> Recipients { get; init; } = [];

    /// <summary>The "Lưu:" line's entries, e.g. ["VT", "VHXH"].</summary>
    public ValueList<string> Archive { get; init; } = [];

    /// <summary>Who signs, with which authority.</summary>
    public required Signature Signature { get; init; }

    /// <summary>Phụ lục: appendices in their own (usually landscape) sections.</summary>
    public ValueList<Appendix> Appendices { get; init; } = [];
}
