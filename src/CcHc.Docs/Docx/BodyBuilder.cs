using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Writes the sections of a document into the body. A section's sectPr goes into the paragraph
/// properties of its last paragraph (the last section's into the body), as WordprocessingML requires;
/// a section that ends with a table gets a small empty paragraph to carry it.
/// </summary>
internal sealed class BodyBuilder(DocxWriterOptions options)
{
    public Body Build(MarkupDocument document)
    {
        var body = new Body();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var page = new PageGeometry(options, section.Orientation);
            var elements = section.Blocks.SelectMany(block => Render(block, page)).ToList();
            var sectionProperties = SectionPropertiesFactory.Create(section, page);
            var isLast = i == document.Sections.Count - 1;
            if (elements.Count == 0 || elements[^1] is not Paragraph)
            {
                // OOXML carries a section break in a paragraph. After a table, use a 1-pt empty paragraph
                // (the rule style) so a table that fills its last page cannot push a blank page out.
                elements.Add(ParagraphFactory.Empty(StyleIds.Rule));
            }

            body.Append(elements);
            if (isLast)
            {
                body.Append(sectionProperties);
            }
            else
            {
                var last = (Paragraph)elements[^1];
                last.ParagraphProperties ??= new ParagraphProperties();
                last.ParagraphProperties.Append(sectionProperties);
            }
        }

        return body;
    }

    private IEnumerable<OpenXmlElement> Render(MarkupBlock block, PageGeometry page)
    {
        var profile = options.Profile;
        switch (block)
        {
            case ParagraphBlock paragraph:
                return [ParagraphFactory.Create(StyleFor(paragraph.Role), paragraph.Inlines)];
            case HeadingBlock heading:
                return [RenderHeading(heading)];
            case ListItemBlock item:
                return [ParagraphFactory.Create(StyleIds.ListItem, item.Inlines, item.MarkerText)];
            case TableBlock table:
                return [TableRenderer.Render(table, page, profile)];
            case PageBreakBlock:
                return [new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Plain }), new Run(new Break { Type = BreakValues.Page }))];
            case LetterheadBlock letterhead:
                return [LetterheadRenderer.Render(letterhead, page, profile)];
            case TitleBlock title:
                return TitleRenderer.Render(title, page, profile);
            case SigningBlock signing:
                return SigningRenderer.Render(signing, page);
            case AppendixHeadingBlock appendix:
                return AppendixHeadingRenderer.Render(appendix, page, profile);
            default:
                throw new ArgumentException($"The docx writer does not know the block type {block.GetType().Name}.", nameof(block));
        }
    }

    private static Paragraph RenderHeading(HeadingBlock heading)
    {
        var labelPrefix = heading.Label.Length == 0 ? null : heading.Label + " ";
        return heading.Level switch
        {
            0 => RenderPart(heading),
            1 => ParagraphFactory.Create(StyleIds.Heading1, heading.Inlines, labelPrefix?.ToUpperInvariant(), upperCase: true),
            2 => ParagraphFactory.Create(StyleIds.Heading2, heading.Inlines, labelPrefix),
            3 => ParagraphFactory.Create(StyleIds.Heading3, heading.Inlines, labelPrefix),
            _ => ParagraphFactory.Create(StyleIds.Heading4, heading.Inlines, labelPrefix),
        };
    }

    /// <summary>"Phần I" on one line and the title in capitals on the next, centred and bold.</summary>
    private static Paragraph RenderPart(HeadingBlock heading)
    {
        // The label is printed as a prefix run, which keeps its case ("Phần I"); only the title is upper-cased.
        var inlines = heading.Label.Length == 0 ? heading.Inlines : heading.Inlines.Prepend(LineBreak.Instance);
        return ParagraphFactory.Create(StyleIds.Part, inlines, heading.Label, upperCase: true);
    }

    private static string StyleFor(ParagraphRole role) => role switch
    {
        ParagraphRole.Basis => StyleIds.Basis,
        ParagraphRole.Preamble => StyleIds.Preamble,
        ParagraphRole.Closing => StyleIds.Closing,
        ParagraphRole.Centered => StyleIds.Centered,
        ParagraphRole.Plain => StyleIds.Plain,
        _ => StyleIds.Body,
    };
}
