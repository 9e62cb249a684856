using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Reads the body of a .docx in reading order: paragraphs (with the labels automatic numbering
/// prints, and whether they are all bold or all italic) and tables (cells, spans, grid widths,
/// borders), numbering every paragraph — those in table cells included — from 1, as Word counts them.
/// Streams word/document.xml in one forward pass (no document object model), with styles.xml and
/// numbering.xml read first. Tables are read in DocxSource.Tables.cs.
/// </summary>
internal sealed partial class DocxSource
{
    // Text boxes and tables can nest; deeper than this is not a document Word wrote.
    private const int MaxDepth = 256;

    private static readonly Func<RunFormat, string?> BoldOf = f => f.Bold;
    private static readonly Func<RunFormat, string?> ItalicOf = f => f.Italic;

    private readonly DocxStyles styles;
    private readonly NumberingResolver numbering;
    private readonly Dictionary<string, string> footnotes;
    private readonly List<bool> landscape = [];
    private readonly StringBuilder text = new();

    // Bold/italic inherited from (paragraph style, character style), and whether a paragraph style makes a heading: once per style.
    private readonly Dictionary<(string, string), (bool Bold, bool Italic)> inherited = [];
    private readonly Dictionary<string, bool> headingStyles = new(StringComparer.Ordinal);

    private int paragraphNumber;
    private int section;
    private bool pendingBreak;

    // The paragraph being read.
    private string? paragraphStyle;
    private int letters;
    private int bold;
    private int italic;
    private bool pageBreakBefore;

    private DocxSource(DocxStyles styles, NumberingResolver numbering, Dictionary<string, string> footnotes)
    {
        this.styles = styles;
        this.numbering = numbering;
        this.footnotes = footnotes;
    }

    public static SourceDocument Read(Stream docx)
    {
        using var package = DocxPackage.Open(docx);
        var styles = package.Styles is { } stylesPart ? ReadPart(stylesPart, DocxStyles.Read) : DocxStyles.Empty;
        var numbering = package.Numbering is { } numberingPart ? ReadPart(numberingPart, NumberingResolver.Read) : NumberingResolver.Empty();
        var footnotes = package.Footnotes is { } footnotesPart ? ReadPart(footnotesPart, ReadFootnotes) : [];
        using var stream = package.Document.Open();
        using var reader = WordXml.Open(stream);
        var source = new DocxSource(styles, numbering, footnotes);
        try
        {
            return source.ReadDocument(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // A part cut short or garbled: say how far the reading got, so the user can find the place in Word.
            var where = e is XmlException xml ? $" (dòng {xml.LineNumber}, cột {xml.LinePosition} của {package.Document.FullName})" : "";
            var reached = source.paragraphNumber == 0 ? "từ đầu" : $"quá đoạn {source.paragraphNumber}";
            throw new PlanImportException(
                $"Tệp .docx hỏng: phần văn bản không đọc được {reached}{where}. Mở tệp bằng Word hoặc LibreOffice và lưu lại dạng .docx.",
                source.paragraphNumber,
                e);
        }
    }

    private static T ReadPart<T>(ZipArchiveEntry entry, Func<Stream, T> read)
    {
        using var stream = entry.Open();
        return read(stream);
    }

    // Each note's text by id (its paragraphs joined by a space, the number mark left out); the separators (ids -1
    // and 0) are not notes.
    private static Dictionary<string, string> ReadFootnotes(Stream part)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = WordXml.Open(part);
        var note = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !WordXml.IsWord(reader) || reader.LocalName != "footnote"
                || WordXml.IntAttribute(reader, "id") is not > 0 || reader.IsEmptyElement)
            {
                continue;
            }
            var id = WordXml.Attribute(reader, "id")!;
            var paragraphs = new List<string>();
            var depth = reader.Depth;
            var inText = false;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                var isWord = reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement && WordXml.IsWord(reader);
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when isWord && reader.LocalName == "p":
                        note.Clear();
                        break;
                    case XmlNodeType.Element when isWord && reader.LocalName == "t":
                        inText = !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement when isWord && reader.LocalName == "t":
                        inText = false;
                        break;
                    case XmlNodeType.EndElement when isWord && reader.LocalName == "p":
                        paragraphs.Add(note.ToString().Trim());
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                        note.Append(reader.Value);
                        break;
                }
            }
            notes[id] = string.Join(" ", paragraphs).Replace('\u00A0', ' ').Trim();
        }
        return notes;
    }

    private SourceDocument ReadDocument(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && WordXml.IsWord(reader) && reader.LocalName == "body")
            {
                return new SourceDocument(ReadBody(reader), landscape);
            }
        }
        throw new PlanImportException("Văn bản không có phần thân (w:body): không phải văn bản Word hợp lệ.", 0);
    }

    private List<SourceBlock> ReadBody(XmlReader reader)
    {
        var blocks = new List<SourceBlock>();
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "p":
                    var read = ReadParagraph(child, out var ending);
                    if (read.Text.Length > 0 || read.NumberingLabel is not null)
                    {
                        blocks.Add(read);
                    }
                    if (ending is { } endsLandscape)
                    {
                        landscape.Add(endsLandscape);
                        section++;
                        pendingBreak = true;
                    }
                    break;
                case "tbl":
                    blocks.Add(ReadTable(child));
                    break;
                case "sectPr":
                    landscape.Add(ReadLandscape(child));
                    break;
                case "sdt":
                    ReadParagraphsWithin(child, blocks.Add);
                    break;
            }
        }
        return blocks;
    }

    // The reader is on <w:p>; it is left on </w:p>. ending: the orientation of the section the paragraph ends, if it ends one.
    private SourceParagraph ReadParagraph(XmlReader reader, out bool? ending)
    {
        paragraphNumber++;
        text.Clear();
        letters = 0;
        bold = 0;
        italic = 0;
        paragraphStyle = null;
        pageBreakBefore = pendingBreak;
        pendingBreak = false;
        ending = null;
        int? numId = null, level = null, outline = null;
        var sawProperties = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!sawProperties && WordXml.IsWord(child) && child.LocalName == "pPr")
            {
                sawProperties = true;
                ReadParagraphProperties(child, ref numId, ref level, ref outline, ref ending);
            }
            else
            {
                ReadInline(child);
            }
        }
        string? label = null;
        if (styles.Numbering(paragraphStyle, numId, level) is { } numbered)
        {
            label = numbering.Next(numbered.NumId, numbered.Level);
        }
        return new SourceParagraph
        {
            Number = paragraphNumber,
            Section = section,
            Text = ComposedText(text.Replace('\u00A0', ' ').ToString()).Trim(' '),
            NumberingLabel = label,
            Bold = letters > 0 && bold == letters,
            Italic = letters > 0 && italic == letters,
            Heading = IsHeading(outline),
            AfterBreak = pageBreakBefore,
        };
    }

    private void ReadParagraphProperties(XmlReader reader, ref int? numId, ref int? level, ref int? outline, ref bool? ending)
    {
        var sawNumbering = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "pStyle":
                    paragraphStyle ??= WordXml.Attribute(child, "val");
                    break;
                case "numPr" when !sawNumbering:
                    sawNumbering = true;
                    (numId, level) = DocxStyles.ReadNumberingProperties(child);
                    break;
                case "outlineLvl":
                    outline ??= WordXml.IntAttribute(child, "val");
                    break;
                case "pageBreakBefore":
                    pageBreakBefore |= WordXml.IsOn(child);
                    break;
                case "sectPr":
                    ending ??= ReadLandscape(child);
                    break;
            }
        }
    }

    // Anything in a paragraph other than its properties: runs, and the elements that hold runs (hyperlinks,
    // insertions, content controls, fields, text boxes). Deleted text, field codes and fallback copies are not read.
    private void ReadInline(XmlReader reader)
    {
        if (WordXml.IsWord(reader))
        {
            switch (reader.LocalName)
            {
                case "r":
                    ReadRun(reader);
                    return;
                case "pPr" or "rPr":
                    return;
            }
        }
        else if (reader.LocalName == "Fallback" && reader.NamespaceURI == WordXml.MarkupCompatibility)
        {
            return;
        }
        RefuseTooDeep(reader, "khung văn bản trong khung văn bản");
        foreach (var child in WordXml.Children(reader))
        {
            ReadInline(child);
        }
    }

    private void RefuseTooDeep(XmlReader reader, string what)
    {
        if (reader.Depth > MaxDepth)
        {
            throw new PlanImportException($"Văn bản lồng quá sâu ({what}): không đọc được.", paragraphNumber);
        }
    }

    private void ReadRun(XmlReader reader)
    {
        RunFormat? own = null;
        var added = 0;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                ReadInline(child);
                continue;
            }
            switch (child.LocalName)
            {
                case "rPr":
                    own ??= RunFormat.Read(child);
                    break;
                case "t":
                    added += AppendText(child);
                    break;
                case "tab":
                    text.Append('\t');
                    break;
                case "br" when WordXml.Attribute(child, "type") == "page":
                    pageBreakBefore |= IsBlank(text);
                    break;
                case "br" when own?.Style == Docx.StyleIds.LayoutBreak:
                    // A break our writer added to balance the title's lines: the plan's text has a space there.
                    text.Append(' ');
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    break;
                case "footnoteReference" when WordXml.Attribute(child, "id") is { } id && footnotes.TryGetValue(id, out var note) && note.Length > 0:
                    // A footnote comes back as the plan writes it, ^[note]; its letters do not count for the run's format.
                    text.Append("^[").Append(note.Replace("[", @"\[", StringComparison.Ordinal).Replace("]", @"\]", StringComparison.Ordinal)).Append(']');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                case "delText" or "instrText" or "delInstrText":
                    break;
                default:
                    ReadInline(child);
                    break;
            }
        }
        if (added == 0)
        {
            return;
        }
        letters += added;
        var (isBold, isItalic) = Emphasis(own);
        bold += isBold ? added : 0;
        italic += isItalic ? added : 0;
    }

    private bool IsHeading(int? outline)
    {
        if (outline is not null || paragraphStyle is null)
        {
            return styles.IsHeading(paragraphStyle, outline);
        }
        if (!headingStyles.TryGetValue(paragraphStyle, out var heading))
        {
            heading = styles.IsHeading(paragraphStyle, null);
            headingStyles[paragraphStyle] = heading;
        }
        return heading;
    }

    // Bold and italic of a run: what its own properties say, else what its styles say (looked up once per style pair).
    private (bool Bold, bool Italic) Emphasis(RunFormat? own)
    {
        if (own is { Bold: not null, Italic: not null })
        {
            return (own.Bold == "true", own.Italic == "true");
        }
        var key = (paragraphStyle ?? "", own?.Style ?? "");
        if (!inherited.TryGetValue(key, out var styled))
        {
            var styleOnly = own?.Style is null ? null : RunFormat.WithStyle(own.Style);
            styled = (styles.Resolve(paragraphStyle, styleOnly, BoldOf) == "true", styles.Resolve(paragraphStyle, styleOnly, ItalicOf) == "true");
            inherited[key] = styled;
        }
        return (own?.Bold is { } b ? b == "true" : styled.Bold, own?.Italic is { } i ? i == "true" : styled.Italic);
    }

    // NFC as Word and the model expect; text in Latin, Vietnamese precomposed letters and common punctuation is
    // already NFC, and checking that here is much cheaper than asking the normaliser for every paragraph.
    private static string ComposedText(string value)
    {
        foreach (var c in value)
        {
            if (c >= '\u0300' && c is not (>= '\u1E00' and <= '\u1EFF') && c is not (>= '\u2010' and <= '\u2027'))
            {
                return value.Normalize(NormalizationForm.FormC);
            }
        }
        return value;
    }

    // The reader is on <w:t>; it is left on </w:t>. Returns the letters and digits appended.
    private int AppendText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return 0;
        }
        var count = 0;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                var value = reader.Value;
                text.Append(value);
                foreach (var c in value)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static bool IsBlank(StringBuilder builder)
    {
        foreach (var chunk in builder.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // The reader is on <w:sectPr>: landscape when the page size says so, or is wider than high.
    private static bool ReadLandscape(XmlReader reader) =>
        WordXml.First<bool>(reader, "pgSz", size => WordXml.Attribute(size, "orient") is { Length: > 0 } orient
            ? orient == "landscape"
            : ParseTwips(WordXml.Attribute(size, "w")) > ParseTwips(WordXml.Attribute(size, "h"))) ?? false;
}
