namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Checks that every block closes where it opened before Scriban sees the part: a block over paragraphs closes
/// in the same body, cell or text box; a block over rows closes among the same table's rows; a block inside a
/// paragraph closes in that paragraph. Otherwise the output would not be a valid document.
/// </summary>
internal sealed class BlockChecker
{
    private readonly Stack<(TemplateTag Tag, object Container, string Level)> _open = new();

    /// <summary>Records <paramref name="tag"/>, which works on <paramref name="level"/> ("paragraphs", "rows" or "text") inside <paramref name="container"/>.</summary>
    /// <exception cref="DocxTemplateException">The tag closes or continues a block opened elsewhere, or closes nothing.</exception>
    public void Add(TemplateTag tag, object container, string level)
    {
        switch (tag.Kind)
        {
            case TagKind.Open:
                _open.Push((tag, container, level));
                break;
            case TagKind.Middle:
            case TagKind.End:
                if (_open.Count == 0)
                {
                    throw tag.Place.Error($"'{tag.Keyword}' has no block to {(tag.Kind == TagKind.End ? "close" : "continue")}: no for, if, case … is open here.");
                }
                var (opener, openContainer, openLevel) = _open.Peek();
                if (!ReferenceEquals(openContainer, container) || openLevel != level)
                {
                    throw tag.Place.Error(
                        $"'{tag.Keyword}' belongs to the '{opener.Keyword}' of {opener.Place.Part}, paragraph {opener.Place.Paragraph}, " +
                        $"which works on {Where(openLevel, openContainer)}, but this tag works on {Where(level, container)}; put both tags alone in paragraphs " +
                        "of the same body or cell, alone in rows of the same table, or both inside one paragraph.");
                }
                if (tag.Kind == TagKind.End)
                {
                    _open.Pop();
                }
                break;
        }
    }

    private static string Where(string level, object container) => level switch
    {
        "text" => "text inside one paragraph",
        "rows" => "rows of a table",
        _ => (container as System.Xml.Linq.XElement)?.Name.LocalName switch
        {
            "tc" => "paragraphs of a table cell",
            "body" => "paragraphs of the body",
            "txbxContent" => "paragraphs of a text box",
            _ => "paragraphs of " + ((container as System.Xml.Linq.XElement)?.Name.LocalName ?? "?"),
        },
    };

    /// <summary>Fails when a block is still open at the end of the part, naming where it opened.</summary>
    public void Finish()
    {
        if (_open.Count > 0)
        {
            var (opener, _, _) = _open.Peek();
            throw opener.Place.Error($"'{opener.Keyword}' opens a block that is never closed; add {{{{ end }}}} where it should stop.");
        }
    }
}
