namespace CcHc.Docs.WordTemplates;

/// <summary>Where a tag sits in the template: part, paragraph number and the paragraph's text, for messages.</summary>
internal sealed record TagPlace(string Template, string Part, int Paragraph, string ParagraphText, int Column)
{
    private const int ExcerptLength = 40;

    /// <summary>The text of a message located here: <c>ke-hoach.docx: document, paragraph 17 "{{ for t in …": what</c>.</summary>
    public string Describe(string what, int columnOffset = 0)
    {
        var excerpt = ParagraphText.Trim();
        if (excerpt.Length > ExcerptLength)
        {
            excerpt = excerpt[..ExcerptLength] + "…";
        }
        var column = Column + columnOffset;
        return $"{Template}: {Part}, paragraph {Paragraph} \"{excerpt}\": {what} (column {column})";
    }

    /// <summary>An exception located here.</summary>
    public DocxTemplateException Error(string what, int columnOffset = 0, Exception? inner = null) =>
        new(Describe(what, columnOffset), Part, Paragraph, Column + columnOffset, inner);
}
