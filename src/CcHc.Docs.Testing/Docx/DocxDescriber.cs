using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Builds the canonical description of one opened document: the dominant font, then each section
/// (page setup, headers, footers) followed by the body content that belongs to it.
/// </summary>
internal static class DocxDescriber
{
    public static string Describe(WordprocessingDocument document, DocxDescriptionOptions options)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null) return "";

        var numbering = new NumberingCatalog(main);
        var styles = new StyleResolver(main, numbering);
        var blocks = new BlockDescriber(styles, numbering, options);
        var sections = new SectionDescriber(main, blocks);
        var output = new DescriptionBuilder();

        var number = 0;
        foreach (var (content, properties) in SplitIntoSections(body))
        {
            sections.Describe(properties, ++number, output);
            blocks.Describe(content, 1, null, output);
        }
        return output.Build();
    }

    /// <summary>
    /// Body content grouped by section. A paragraph carrying section properties ends its section;
    /// the body's last <c>sectPr</c> belongs to the final section.
    /// </summary>
    private static IEnumerable<(List<OpenXmlElement> Content, SectionProperties? Properties)> SplitIntoSections(Body body)
    {
        var content = new List<OpenXmlElement>();
        foreach (var element in BlockDescriber.Flatten(body.ChildElements))
        {
            if (element is SectionProperties) continue;
            content.Add(element);
            if (element is Paragraph { ParagraphProperties.SectionProperties: { } properties })
            {
                yield return (content, properties);
                content = [];
            }
        }
        yield return (content, body.Elements<SectionProperties>().LastOrDefault());
    }
}
