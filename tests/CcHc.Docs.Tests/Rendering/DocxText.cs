using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// The text a reader of a .docx sees in the body, in reading order: paragraphs one per line, table
/// cells row by row, line breaks and tabs as spaces. Headers and footers (the page numbers) are not
/// part of it.
/// </summary>
internal static class DocxText
{
    /// <summary>Every body paragraph (tables included) as one line each.</summary>
    public static IReadOnlyList<string> Lines(WordprocessingDocument document, bool skipLetterhead = false)
    {
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = new List<string>();
        var first = true;
        foreach (var element in body.ChildElements)
        {
            // The letterhead is the first element of the body: the borderless table of NĐ30 ô 1–4.
            if (first && skipLetterhead && element is Table)
            {
                first = false;
                continue;
            }
            first = false;
            foreach (var paragraph in element is Paragraph p ? [p] : element.Descendants<Paragraph>())
            {
                lines.Add(Of(paragraph));
            }
        }
        return lines;
    }

    /// <summary>The text of one paragraph; a tab reads as a space, a line break as <paramref name="lineBreak"/>.</summary>
    public static string Of(OpenXmlElement paragraph, char lineBreak = ' ')
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Break:
                    text.Append(lineBreak);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }
}
