namespace CcHc.Docs.Plans;

/// <summary>
/// How a cited document's line goes on to what follows it in the opening (the next cited document, the
/// "Thực hiện" sentence or the preamble): as the original sets the opening paragraphs.
/// </summary>
public enum CitationJoin
{
    /// <summary>What follows starts a new paragraph (the default after a căn cứ).</summary>
    Paragraph,

    /// <summary>
    /// What follows goes on in the same paragraph: "Căn cứ …tỉnh X; UBND phường Y xây dựng Kế hoạch … như sau:".
    /// The default after a "Thực hiện" document.
    /// </summary>
    SameParagraph,

    /// <summary>The next document belongs to the same citation, after " và ": "Quyết định số 12/… và Quyết định số 34/… của UBND tỉnh".</summary>
    And,

    /// <summary>The next document belongs to the same citation, after ", ".</summary>
    Comma,
}
