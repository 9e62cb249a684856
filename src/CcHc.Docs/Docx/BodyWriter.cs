using System.Xml;
using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Writes document.xml while walking the markup tree, one block at a time (tables one row at a time),
/// so memory does not grow with the document. A section's sectPr goes into the paragraph properties of
/// its last paragraph (the last section's into the body), as WordprocessingML requires; a section that
/// ends with a table gets a small empty paragraph to carry it.
/// </summary>
internal sealed class BodyWriter(DocxWriterOptions options, FootnoteCollector? footnotes = null)
{
    /// <summary>Writes the w:document root with its body.</summary>
    public void Write(MarkupDocument document, XmlWriter xml)
    {
        xml.WriteStartElement("w", "document", WordXml.Namespace);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.Namespace);
        xml.WriteAttributeString("xmlns", "r", null, WordXml.RelationshipsNamespace);
        WordXml.Start(xml, "body");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            WriteSection(document.Sections[i], isLast: i == document.Sections.Count - 1, xml);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteSection(MarkupSection section, bool isLast, XmlWriter xml)
    {
        var page = new PageGeometry(options, section.Orientation);

        // The last paragraph is held back until the next element shows it is not the section's last.
        Paragraph? held = null;
        foreach (var block in section.Blocks)
        {
            if (block is TableBlock table)
            {
                held?.WriteTo(xml);
                held = null;
                TableRenderer.Write(xml, table, page, options.Profile, footnotes);
                continue;
            }

            foreach (var element in Render(block, page))
            {
                held?.WriteTo(xml);
                held = null;
                if (element is Paragraph paragraph)
                {
                    held = paragraph;
                }
                else
                {
                    element.WriteTo(xml);
                }
            }
        }

        // OOXML carries a section break in a paragraph. After a table, use a 1-pt empty paragraph
        // (the rule style) so a table that fills its last page cannot push a blank page out.
        var last = held ?? ParagraphFactory.Empty(StyleIds.Rule);
        var sectionProperties = SectionPropertiesFactory.Create(section, page);
        if (isLast)
        {
            last.WriteTo(xml);
            sectionProperties.WriteTo(xml);
        }
        else
        {
            last.ParagraphProperties ??= new ParagraphProperties();
            last.ParagraphProperties.Append(sectionProperties);
            last.WriteTo(xml);
        }
    }

    private IEnumerable<WordElement> Render(MarkupBlock block, PageGeometry page)
    {
        var profile = options.Profile;
        switch (block)
        {
            case ParagraphBlock paragraph:
                return [ParagraphFactory.Create(StyleFor(paragraph.Role), paragraph.Inlines, footnotes: footnotes)];
            case HeadingBlock heading:
                return [RenderHeading(heading)];
            case ListItemBlock item:
                return [ParagraphFactory.Create(StyleIds.ListItem, item.Inlines, item.MarkerText, footnotes: footnotes)];
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

    private Paragraph RenderHeading(HeadingBlock heading)
    {
        var labelPrefix = heading.Label.Length == 0 ? null : heading.Label + " ";
        return heading.Level switch
        {
            0 => RenderPart(heading),
            1 => ParagraphFactory.Create(StyleIds.Heading1, heading.Inlines, labelPrefix?.ToUpperInvariant(), upperCase: true, footnotes: footnotes),
            2 => ParagraphFactory.Create(StyleIds.Heading2, heading.Inlines, labelPrefix, footnotes: footnotes),
            3 => ParagraphFactory.Create(StyleIds.Heading3, heading.Inlines, labelPrefix, footnotes: footnotes),
            _ => ParagraphFactory.Create(StyleIds.Heading4, heading.Inlines, labelPrefix, footnotes: footnotes),
        };
    }

    /// <summary>"Phần I" on one line and the title in capitals on the next, centred and bold.</summary>
    private Paragraph RenderPart(HeadingBlock heading)
    {
        // The label is printed as a prefix run, which keeps its case ("Phần I"); only the title is upper-cased.
        var inlines = heading.Label.Length == 0 ? heading.Inlines : heading.Inlines.Prepend(LineBreak.Instance);
        return ParagraphFactory.Create(StyleIds.Part, inlines, heading.Label, upperCase: true, footnotes: footnotes);
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
