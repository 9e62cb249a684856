using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Reads the body of a .docx in reading order: paragraphs (with the labels automatic numbering
/// prints, and whether they are all bold or all italic) and tables (cells, spans, grid widths,
/// borders), numbering every paragraph — those in table cells included — from 1, as Word counts them.
/// Streams word/document.xml in one forward pass (no document object model), with styles.xml and
/// numbering.xml read first.
/// </summary>
internal sealed class DocxSource
{
    private const decimal TwipsPerMillimetre = 1440m / 25.4m;

    // Text boxes can nest; deeper than this is not a document Word wrote.
    private const int MaxInlineDepth = 256;

    private static readonly Func<RunFormat, string?> BoldOf = f => f.Bold;
    private static readonly Func<RunFormat, string?> ItalicOf = f => f.Italic;

    private readonly DocxStyles styles;
    private readonly NumberingResolver numbering;
    private readonly List<bool> landscape = [];
    private readonly StringBuilder text = new();
    private int paragraphNumber;
    private int section;
    private bool pendingBreak;

    // The paragraph being read.
    private string? paragraphStyle;
    private int letters;
    private int bold;
    private int italic;
    private bool pageBreakBefore;

    // Bold/italic inherited from (paragraph style, character style), resolved once per pair.
    private readonly Dictionary<(string, string), (bool Bold, bool Italic)> inherited = [];

    // Whether a paragraph style (chain) makes a heading, resolved once per style.
    private readonly Dictionary<string, bool> headingStyles = new(StringComparer.Ordinal);

    // A visible cell border anywhere in the table being read.
    private bool cellBorderVisible;

    private DocxSource(DocxStyles styles, NumberingResolver numbering)
    {
        this.styles = styles;
        this.numbering = numbering;
    }

    public static SourceDocument Read(Stream docx)
    {
        using var package = DocxPackage.Open(docx);
        var styles = package.Styles is { } stylesPart ? ReadPart(stylesPart, DocxStyles.Read) : DocxStyles.Empty;
        var numbering = package.Numbering is { } numberingPart ? ReadPart(numberingPart, NumberingResolver.Read) : NumberingResolver.Empty();
        using var stream = package.Document.Open();
        using var reader = WordXml.Open(stream);
        var source = new DocxSource(styles, numbering);
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
        if (reader.IsEmptyElement)
        {
            return blocks;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (!WordXml.IsWord(reader))
            {
                WordXml.SkipChildren(reader);
                continue;
            }
            switch (reader.LocalName)
            {
                case "p":
                    var read = ReadParagraph(reader, out var ending);
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
                    blocks.Add(ReadTable(reader));
                    break;
                case "sectPr":
                    landscape.Add(ReadLandscape(reader));
                    break;
                case "sdt":
                    ReadParagraphsWithin(reader, blocks.Add);
                    break;
                default:
                    WordXml.SkipChildren(reader);
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
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (!sawProperties && WordXml.IsWord(reader) && reader.LocalName == "pPr")
                {
                    sawProperties = true;
                    ReadParagraphProperties(reader, ref numId, ref level, ref outline, ref ending);
                }
                else
                {
                    ReadInline(reader);
                }
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
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        var sawNumbering = false;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader))
            {
                switch (reader.LocalName)
                {
                    case "pStyle":
                        paragraphStyle ??= WordXml.Attribute(reader, "val");
                        break;
                    case "numPr" when !sawNumbering:
                        sawNumbering = true;
                        (numId, level) = DocxStyles.ReadNumberingProperties(reader);
                        break;
                    case "outlineLvl":
                        outline ??= WordXml.IntAttribute(reader, "val");
                        break;
                    case "pageBreakBefore":
                        pageBreakBefore |= WordXml.IsOn(reader);
                        break;
                    case "sectPr":
                        ending ??= ReadLandscape(reader);
                        break;
                }
            }
            WordXml.SkipChildren(reader);
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
                    WordXml.SkipChildren(reader);
                    return;
            }
        }
        else if (reader.LocalName == "Fallback" && reader.NamespaceURI == WordXml.MarkupCompatibility)
        {
            WordXml.SkipChildren(reader);
            return;
        }
        if (reader.IsEmptyElement)
        {
            return;
        }
        if (reader.Depth > MaxInlineDepth)
        {
            throw new PlanImportException("Văn bản lồng quá sâu (khung văn bản trong khung văn bản): không đọc được.", paragraphNumber);
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            ReadInline(reader);
        }
    }

    private void ReadRun(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        RunFormat? own = null;
        var added = 0;
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (!WordXml.IsWord(reader))
            {
                ReadInline(reader);
                continue;
            }
            switch (reader.LocalName)
            {
                case "rPr":
                    own ??= RunFormat.Read(reader);
                    break;
                case "t":
                    added += AppendText(reader);
                    break;
                case "tab":
                    text.Append('\t');
                    break;
                case "br":
                    if (WordXml.Attribute(reader, "type") == "page")
                    {
                        pageBreakBefore |= IsBlank(text);
                    }
                    else
                    {
                        text.Append('\n');
                    }
                    break;
                case "cr":
                    text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                case "delText" or "instrText" or "delInstrText":
                    break;
                default:
                    ReadInline(reader);
                    break;
            }
            WordXml.SkipChildren(reader);
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
    private static bool ReadLandscape(XmlReader reader)
    {
        bool? result = null;
        if (reader.IsEmptyElement)
        {
            return false;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (result is null && WordXml.IsWord(reader) && reader.LocalName == "pgSz")
            {
                result = WordXml.Attribute(reader, "orient") is { Length: > 0 } orient
                    ? orient == "landscape"
                    : ParseTwips(WordXml.Attribute(reader, "w")) > ParseTwips(WordXml.Attribute(reader, "h"));
            }
            WordXml.SkipChildren(reader);
        }
        return result ?? false;
    }

    private SourceTable ReadTable(XmlReader reader)
    {
        var first = paragraphNumber + 1;
        var tableSection = section;
        var rows = new List<IReadOnlyList<SourceCell>>();
        var widths = new List<decimal>();
        var rowNumbers = new List<int>();
        var headerRows = 0;
        var countingHeaders = true;
        bool? tableBordersVisible = null;
        bool sawProperties = false, sawGrid = false;
        cellBorderVisible = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (!WordXml.IsWord(reader))
                {
                    WordXml.SkipChildren(reader);
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "tblPr" when !sawProperties:
                        sawProperties = true;
                        tableBordersVisible = ReadTableBorders(reader);
                        break;
                    case "tblGrid" when !sawGrid:
                        sawGrid = true;
                        ReadGrid(reader, widths);
                        break;
                    case "tr":
                        rowNumbers.Add(paragraphNumber + 1);
                        var cells = ReadRow(reader, out var isHeader);
                        if (countingHeaders && isHeader)
                        {
                            headerRows++;
                        }
                        else
                        {
                            countingHeaders = false;
                        }
                        rows.Add(cells);
                        break;
                }
                WordXml.SkipChildren(reader);
            }
        }
        return new SourceTable
        {
            Number = first,
            Section = tableSection,
            Rows = rows,
            RowNumbers = rowNumbers,
            ColumnWidths = widths,
            // No table borders and no cell borders: Word's "Table Normal" draws none.
            Borderless = !(tableBordersVisible ?? cellBorderVisible),
            HeaderRows = headerRows,
        };
    }

    // The reader is on <w:tblPr>: whether its borders show any line; null when it declares no borders.
    private static bool? ReadTableBorders(XmlReader reader)
    {
        bool? visible = null;
        if (reader.IsEmptyElement)
        {
            return null;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (visible is null && WordXml.IsWord(reader) && reader.LocalName == "tblBorders")
            {
                visible = AnyVisibleBorder(reader);
            }
            WordXml.SkipChildren(reader);
        }
        return visible;
    }

    private static void ReadGrid(XmlReader reader, List<decimal> widths)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader) && reader.LocalName == "gridCol")
            {
                widths.Add(Millimetres(ParseTwips(WordXml.Attribute(reader, "w"))));
            }
            WordXml.SkipChildren(reader);
        }
    }

    private List<SourceCell> ReadRow(XmlReader reader, out bool isHeader)
    {
        isHeader = false;
        var cells = new List<SourceCell>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }
        var sawProperties = false;
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader))
            {
                switch (reader.LocalName)
                {
                    case "trPr" when !sawProperties:
                        sawProperties = true;
                        isHeader = ReadHeaderFlag(reader);
                        break;
                    case "tc":
                        cells.Add(ReadCell(reader));
                        break;
                }
            }
            WordXml.SkipChildren(reader);
        }
        return cells;
    }

    private static bool ReadHeaderFlag(XmlReader reader)
    {
        bool? header = null;
        if (reader.IsEmptyElement)
        {
            return false;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (header is null && WordXml.IsWord(reader) && reader.LocalName == "tblHeader")
            {
                header = WordXml.IsOn(reader);
            }
            WordXml.SkipChildren(reader);
        }
        return header ?? false;
    }

    private SourceCell ReadCell(XmlReader reader)
    {
        var paragraphs = new List<SourceParagraph>();
        var continued = false;
        var span = 1;
        var sawProperties = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (!WordXml.IsWord(reader))
                {
                    WordXml.SkipChildren(reader);
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "tcPr" when !sawProperties:
                        sawProperties = true;
                        ReadCellProperties(reader, ref continued, ref span);
                        break;
                    case "p":
                        var read = ReadParagraph(reader, out _);
                        if (read.Text.Length > 0 || read.NumberingLabel is not null)
                        {
                            paragraphs.Add(read);
                        }
                        break;
                    case "tbl":
                        // A table in a cell: its paragraphs read as the cell's, row by row.
                        ReadParagraphsWithin(reader, paragraphs.Add);
                        break;
                }
                WordXml.SkipChildren(reader);
            }
        }
        return new SourceCell(continued ? [] : paragraphs, span);
    }

    private void ReadCellProperties(XmlReader reader, ref bool continued, ref int span)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        bool sawMerge = false, sawSpan = false;
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader))
            {
                switch (reader.LocalName)
                {
                    case "vMerge" when !sawMerge:
                        sawMerge = true;
                        continued = WordXml.Attribute(reader, "val") is null or "continue";
                        break;
                    case "gridSpan" when !sawSpan:
                        sawSpan = true;
                        span = WordXml.IntAttribute(reader, "val") ?? 1;
                        break;
                    case "tcBorders":
                        cellBorderVisible |= AnyVisibleBorder(reader);
                        break;
                }
            }
            WordXml.SkipChildren(reader);
        }
    }

    // Every paragraph inside the element (a content control, a nested table), those with text only, in order.
    private void ReadParagraphsWithin(XmlReader reader, Action<SourceParagraph> add)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        if (reader.Depth > MaxInlineDepth)
        {
            throw new PlanImportException("Văn bản lồng quá sâu (bảng trong bảng): không đọc được.", paragraphNumber);
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader) && reader.LocalName == "p")
            {
                var read = ReadParagraph(reader, out _);
                if (read.Text.Length > 0)
                {
                    add(read);
                }
            }
            else if (WordXml.IsWord(reader) && reader.LocalName == "tcBorders")
            {
                cellBorderVisible |= AnyVisibleBorder(reader);
            }
            else
            {
                ReadParagraphsWithin(reader, add);
            }
            WordXml.SkipChildren(reader);
        }
    }

    // The reader is on <w:tblBorders> or <w:tcBorders>: true when one of its borders is drawn.
    private static bool AnyVisibleBorder(XmlReader reader)
    {
        var visible = false;
        if (reader.IsEmptyElement)
        {
            return false;
        }
        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsWord(reader) && WordXml.Attribute(reader, "val") is { } value && value is not ("none" or "nil" or ""))
            {
                visible = true;
            }
            WordXml.SkipChildren(reader);
        }
        return visible;
    }

    // Rounded to 0.1 mm and without trailing zeros: 680 twips read as 12, not 12.0.
    private static decimal Millimetres(int twips) =>
        decimal.Parse(Math.Round(twips / TwipsPerMillimetre, 1).ToString("0.#", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int ParseTwips(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips) ? twips : 0;
}
