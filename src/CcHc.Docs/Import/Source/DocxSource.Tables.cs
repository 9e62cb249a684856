using System.Globalization;
using System.Xml;

namespace CcHc.Docs.Import.Source;

/// <summary>The tables of a .docx: rows of cells with their paragraphs, spans, vertical merges, grid widths and borders.</summary>
internal sealed partial class DocxSource
{
    private const decimal TwipsPerMillimetre = 1440m / 25.4m;

    // A visible cell border anywhere in the table being read.
    private bool cellBorderVisible;

    private SourceTable ReadTable(XmlReader reader)
    {
        var first = paragraphNumber + 1;
        var tableSection = section;
        var rows = new List<IReadOnlyList<SourceCell>>();
        var rowNumbers = new List<int>();
        var widths = new List<decimal>();
        var headerRows = 0;
        var countingHeaders = true;
        bool? tableBordersVisible = null;
        bool sawProperties = false, sawGrid = false;
        cellBorderVisible = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "tblPr" when !sawProperties:
                    sawProperties = true;
                    tableBordersVisible = WordXml.First<bool>(child, "tblBorders", borders => AnyVisibleBorder(borders));
                    break;
                case "tblGrid" when !sawGrid:
                    sawGrid = true;
                    ReadGrid(child, widths);
                    break;
                case "tr":
                    rowNumbers.Add(paragraphNumber + 1);
                    var cells = ReadRow(child, out var isHeader);
                    countingHeaders &= isHeader;
                    headerRows += countingHeaders ? 1 : 0;
                    rows.Add(cells);
                    break;
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

    private static void ReadGrid(XmlReader reader, List<decimal> widths)
    {
        foreach (var child in WordXml.Children(reader))
        {
            if (WordXml.IsWord(child) && child.LocalName == "gridCol")
            {
                widths.Add(Millimetres(ParseTwips(WordXml.Attribute(child, "w"))));
            }
        }
    }

    private List<SourceCell> ReadRow(XmlReader reader, out bool isHeader)
    {
        isHeader = false;
        var cells = new List<SourceCell>();
        var sawProperties = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "trPr" when !sawProperties:
                    sawProperties = true;
                    isHeader = WordXml.First<bool>(child, "tblHeader", header => WordXml.IsOn(header)) ?? false;
                    break;
                case "tc":
                    cells.Add(ReadCell(child));
                    break;
            }
        }
        return cells;
    }

    private SourceCell ReadCell(XmlReader reader)
    {
        var paragraphs = new List<SourceParagraph>();
        var continued = false;
        var span = 1;
        var sawProperties = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "tcPr" when !sawProperties:
                    sawProperties = true;
                    ReadCellProperties(child, ref continued, ref span);
                    break;
                case "p":
                    var read = ReadParagraph(child, out _);
                    if (read.Text.Length > 0 || read.NumberingLabel is not null)
                    {
                        paragraphs.Add(read);
                    }
                    break;
                case "tbl":
                    // A table in a cell: its paragraphs read as the cell's, row by row.
                    ReadParagraphsWithin(child, paragraphs.Add);
                    break;
            }
        }
        return new SourceCell(continued ? [] : paragraphs, span, continued);
    }

    private void ReadCellProperties(XmlReader reader, ref bool continued, ref int span)
    {
        bool sawMerge = false, sawSpan = false;
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "vMerge" when !sawMerge:
                    sawMerge = true;
                    continued = WordXml.Attribute(child, "val") is null or "continue";
                    break;
                case "gridSpan" when !sawSpan:
                    sawSpan = true;
                    span = WordXml.IntAttribute(child, "val") ?? 1;
                    break;
                case "tcBorders":
                    cellBorderVisible |= AnyVisibleBorder(child);
                    break;
            }
        }
    }

    // Every paragraph inside the element (a content control, a nested table), those with text only, in order.
    private void ReadParagraphsWithin(XmlReader reader, Action<SourceParagraph> add)
    {
        RefuseTooDeep(reader, "bảng trong bảng");
        foreach (var child in WordXml.Children(reader))
        {
            if (WordXml.IsWord(child) && child.LocalName == "p")
            {
                var read = ReadParagraph(child, out _);
                if (read.Text.Length > 0)
                {
                    add(read);
                }
            }
            else if (WordXml.IsWord(child) && child.LocalName == "tcBorders")
            {
                cellBorderVisible |= AnyVisibleBorder(child);
            }
            else
            {
                ReadParagraphsWithin(child, add);
            }
        }
    }

    // The reader is on <w:tblBorders> or <w:tcBorders>: true when one of its borders is drawn.
    private static bool AnyVisibleBorder(XmlReader reader)
    {
        var visible = false;
        foreach (var child in WordXml.Children(reader))
        {
            visible |= WordXml.IsWord(child) && WordXml.Attribute(child, "val") is { } value && value is not ("none" or "nil" or "");
        }
        return visible;
    }

    // Rounded to 0.1 mm and without trailing zeros: 680 twips read as 12, not 12.0.
    private static decimal Millimetres(int twips) =>
        decimal.Parse(Math.Round(twips / TwipsPerMillimetre, 1).ToString("0.#", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int ParseTwips(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips) ? twips : 0;
}
