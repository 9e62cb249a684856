using System.Text.RegularExpressions;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Repairs a rendered part where blocks removed what Word requires: a table cell left without a paragraph gets an
/// empty one; a last section left empty (its paragraphs all removed, e.g. a loop over no appendices) is dropped,
/// so the section before it becomes the last and no blank page is printed.
/// </summary>
internal static partial class OutputRepair
{
    private const string SectionStart = "<w:sectPr";
    private const string SectionEnd = "</w:sectPr>";

    public static string Apply(string xml) => DropEmptyLastSection(EmptyCell().Replace(xml, "$1<w:p/>$2"));

    private static string DropEmptyLastSection(string xml)
    {
        var body = xml.LastIndexOf(SectionStart, StringComparison.Ordinal);
        if (body < 0)
        {
            return xml;
        }
        var before = xml.AsSpan(0, body);
        if (!before.EndsWith("</w:p>", StringComparison.Ordinal))
        {
            return xml;
        }
        var start = Math.Max(before.LastIndexOf("<w:p>", StringComparison.Ordinal), before.LastIndexOf("<w:p ", StringComparison.Ordinal));
        if (start < 0)
        {
            return xml;
        }
        var inner = xml.IndexOf(SectionStart, start, body - start, StringComparison.Ordinal);
        if (inner < 0)
        {
            return xml;
        }
        var innerEnd = ElementEnd(xml, inner);
        var bodyEnd = ElementEnd(xml, body);
        if (innerEnd < 0 || bodyEnd < 0)
        {
            return xml;
        }
        // The paragraph's own break describes the section that now ends the document: it replaces the body's.
        return string.Concat(xml.AsSpan(0, inner), xml.AsSpan(innerEnd, body - innerEnd), xml.AsSpan(inner, innerEnd - inner), xml.AsSpan(bodyEnd));
    }

    // The index just after the sectPr element starting at start (self-closing or not), or -1.
    private static int ElementEnd(string xml, int start)
    {
        var close = xml.IndexOf('>', start);
        if (close < 0)
        {
            return -1;
        }
        if (xml[close - 1] == '/')
        {
            return close + 1;
        }
        var end = xml.IndexOf(SectionEnd, close, StringComparison.Ordinal);
        return end < 0 ? -1 : end + SectionEnd.Length;
    }

    // A cell left with no paragraph after a paragraph block printed nothing: Word requires one.
    [GeneratedRegex("(<w:tc(?:\\s[^>]*)?>(?:<w:tcPr(?:\\s[^>]*)?/>|<w:tcPr(?:\\s[^>]*)?>(?:(?!</w:tcPr>).)*</w:tcPr>)?)(</w:tc>)", RegexOptions.Singleline)]
    private static partial Regex EmptyCell();
}
