using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>Describes block-level content (paragraphs and tables) of the body, a header, a footer or a table cell, in reading order.</summary>
internal sealed class BlockDescriber
{
    private readonly ParagraphDescriber _paragraphs;
    private readonly TableDescriber _tables;

    public BlockDescriber(StyleResolver styles, NumberingCatalog numbering, DocxDescriptionOptions options)
    {
        _paragraphs = new ParagraphDescriber(styles, numbering, options);
        _tables = new TableDescriber(styles, this);
    }

    public void Describe(IEnumerable<OpenXmlElement> elements, int depth, string? tableStyleId, DescriptionBuilder output)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    _paragraphs.Describe(paragraph, depth, tableStyleId, output);
                    break;
                case Table table:
                    _tables.Describe(table, depth, output);
                    break;
                case SdtBlock block:
                    if (block.SdtContentBlock is { } blockContent) Describe(blockContent.ChildElements, depth, tableStyleId, output);
                    break;
                case CustomXmlBlock custom:
                    Describe(custom.ChildElements, depth, tableStyleId, output);
                    break;
                case AltChunk:
                    output.Line(depth, "{ALTCHUNK}");
                    break;
            }
        }
    }

    /// <summary>Block elements in reading order with content controls and custom XML unwrapped.</summary>
    public static IEnumerable<OpenXmlElement> Flatten(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            var inner = element switch
            {
                SdtBlock block => block.SdtContentBlock?.ChildElements ?? (IEnumerable<OpenXmlElement>)[],
                CustomXmlBlock custom => custom.ChildElements,
                _ => null,
            };
            if (inner is null) yield return element;
            else foreach (var nested in Flatten(inner)) yield return nested;
        }
    }
}
