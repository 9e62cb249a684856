using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>Turns inline content into styled WordprocessingML paragraphs and runs.</summary>
internal static class ParagraphFactory
{
    /// <summary>A paragraph with the given style holding <paramref name="prefix"/> and the inlines.</summary>
    public static Paragraph Create(
        string styleId,
        IEnumerable<MarkupInline> inlines,
        string? prefix = null,
        bool upperCase = false,
        RunProperties? extraRun = null,
        FootnoteCollector? footnotes = null)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        if (!string.IsNullOrEmpty(prefix))
        {
            paragraph.Append(TextRun(prefix, bold: false, italic: false, underline: false, extraRun));
        }

        AppendInlines(paragraph, inlines, upperCase, extraRun, footnotes);
        return paragraph;
    }

    /// <summary>A paragraph with plain text.</summary>
    public static Paragraph Create(string styleId, string text, bool upperCase = false) =>
        Create(styleId, [new TextSpan(text)], upperCase: upperCase);

    /// <summary>Appends the runs of <paramref name="inlines"/>; a footnote needs <paramref name="footnotes"/> to number it.</summary>
    public static void AppendInlines(
        Paragraph paragraph, IEnumerable<MarkupInline> inlines, bool upperCase, RunProperties? extraRun = null, FootnoteCollector? footnotes = null)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextSpan span:
                    var text = upperCase ? span.Text.ToUpperInvariant() : span.Text;
                    paragraph.Append(TextRun(text, span.Bold, span.Italic, span.Underline, extraRun));
                    break;
                case LineBreak:
                    paragraph.Append(new Run(new Break()));
                    break;
                case LayoutBreak:
                    paragraph.Append(new Run(new RunProperties(new RunStyle { Val = StyleIds.LayoutBreak }), new Break()));
                    break;
                case CcHc.Docs.Markup.Tree.Footnote note:
                    paragraph.Append(FootnoteCollector.Reference((footnotes ?? throw NoFootnotesHere()).Add(note)));
                    break;
            }
        }
    }

    /// <summary>Splits inline content at line breaks into the plain text of each line.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<MarkupInline> inlines)
    {
        var lines = new List<string> { string.Empty };
        foreach (var inline in inlines)
        {
            if (inline is LineBreak or LayoutBreak)
            {
                lines.Add(string.Empty);
            }
            else if (inline is TextSpan span)
            {
                lines[^1] += span.Text;
            }
        }

        return lines;
    }

    /// <summary>The error for a footnote in a block that has no place for one (the parser refuses it there).</summary>
    public static ArgumentException NoFootnotesHere() =>
        new("A footnote can stand only in a paragraph, heading, list item or table cell.");

    /// <summary>An empty paragraph (tables need one after them, cells need at least one).</summary>
    public static Paragraph Empty(string styleId) => new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));

    private static Run TextRun(string text, bool bold, bool italic, bool underline, RunProperties? extra)
    {
        var run = new Run();
        var properties = extra is null ? new RunProperties() : (RunProperties)extra.CloneNode(true);
        if (bold)
        {
            properties.Bold = new Bold();
        }

        if (italic)
        {
            properties.Italic = new Italic();
        }

        if (underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var needsPreserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        var textElement = new Text(text);
        if (needsPreserve)
        {
            textElement.Space = SpaceProcessingModeValues.Preserve;
        }

        run.Append(textElement);
        return run;
    }
}
