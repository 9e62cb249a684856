namespace CcHc.Docs.Plans;

/// <summary>
/// One citation of the opening as printed: the documents of <see cref="Plan.Bases"/> or <see cref="Plan.Implementing"/>
/// from index <see cref="First"/> that one line cites together ("Quyết định số 12/… và Quyết định số 34/…").
/// </summary>
internal sealed record OpeningCitation(bool IsBasis, int First, IReadOnlyList<CitedDocument> Documents)
{
    /// <summary>How the citation goes on: <see cref="CitationJoin.Paragraph"/> or <see cref="CitationJoin.SameParagraph"/>.</summary>
    public required CitationJoin After { get; init; }

    /// <summary>True when the citation holds the last document of its list.</summary>
    public required bool IsLastOfList { get; init; }

    /// <summary>True when its paragraph ends after it (a new paragraph follows, or nothing does).</summary>
    public required bool EndsParagraph { get; init; }

    /// <summary>"bases" or "implementing".</summary>
    public string List => IsBasis ? "bases" : "implementing";

    /// <summary>The plan path of the document at <paramref name="offset"/> in the citation.</summary>
    public string PathOf(int offset) => $"{List}[{First + offset}]";

    /// <summary>The override of the whole line: the first document's text.</summary>
    public string? Text => Documents[0].Text;
}
