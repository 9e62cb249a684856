namespace CcHc.Docs.Plans;

/// <summary>
/// A document cited in a căn cứ or "Thực hiện" line: kind, number and symbol, date, issuer, subject.
/// The sentence is computed from these; <see cref="Text"/> records it when the original says it otherwise.
/// </summary>
public sealed record CitedDocument
{
    /// <summary>Document kind, e.g. "Nghị định", "Kế hoạch", "Luật".</summary>
    public required string Kind { get; init; }

    /// <summary>Number and symbol, e.g. "118/2025/NĐ-CP"; none for a law cited by name.</summary>
    public string? Number { get; init; }

    /// <summary>The date it was signed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Who issued it, as written after "của", e.g. "Chính phủ".</summary>
    public string? Issuer { get; init; }

    /// <summary>What it is about, as written after the issuer, e.g. "về công tác cải cách hành chính năm 2026".</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The whole line as the original writes it, from "Căn cứ"/"Thực hiện" to its final punctuation,
    /// overriding the computed one; validation checks that it agrees with the fields. When the next documents
    /// are joined to this one (<see cref="JoinNext"/> <c>And</c>/<c>Comma</c>), the first document's text holds the whole citation.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>
    /// How this document's line goes on to what follows it: a new paragraph, the same paragraph, or the next
    /// document of the same citation after " và " or ", ". Null: a new paragraph after a căn cứ, the same
    /// paragraph after a "Thực hiện" document.
    /// </summary>
    public CitationJoin? JoinNext { get; init; }
}
