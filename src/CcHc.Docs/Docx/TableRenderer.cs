using System.Globalization;
using System.Xml;
using CcHc.Docs.Markup.Tree;
using M = CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Writes a <see cref="TableBlock"/> as a bordered, fixed-layout table across the text width.
/// Header rows carry tblHeader (repeated on every page) and are bold and centred; group rows are
/// bold; row spans become vMerge restart/continue cells placed HTML-style.
/// </summary>
/// <remarks>
/// The table is written straight to the XML writer, row by row, without Open XML SDK elements: a
/// 10,000-row appendix would otherwise hold ≈13 KB of objects per row. The XML is what the SDK would
/// write for the same table, element for element, except that a cell aligned to the top (the default)
/// has no w:vAlign.
/// </remarks>
internal static class TableRenderer
{
    public static void Write(XmlWriter xml, TableBlock block, PageGeometry page, FormattingProfile profile, FootnoteCollector? footnotes = null)
    {
        var widths = ColumnWidths(block.Columns, page.TextWidth);
        var widthText = Array.ConvertAll(widths, Str);
        WordXml.Start(xml, "tbl");
        WordXml.Start(xml, "tblPr");
        WordXml.Value(xml, "tblStyle", StyleIds.GridTable);
        WordXml.Width(xml, "tblW", Str(widths.Sum()));
        WordXml.Start(xml, "tblLayout");
        WordXml.Attribute(xml, "type", "fixed");
        xml.WriteEndElement();
        WordXml.Value(xml, "tblLook", "0420");
        xml.WriteEndElement();
        WordXml.Start(xml, "tblGrid");
        foreach (var width in widthText)
        {
            WordXml.Start(xml, "gridCol");
            WordXml.Attribute(xml, "w", width);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        var context = new TableContext(block, widths, widthText, block.FontSize is { } size ? Units.HalfPoints(size) : null, footnotes);
        for (var rowIndex = 0; rowIndex < block.Rows.Count; rowIndex++)
        {
            WriteRow(xml, context, block.Rows[rowIndex], rowIndex);
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Millimetre columns keep their width; "*" columns share what is left. If the result is not the
    /// text width (fixed widths too wide, or no "*" column), every column is scaled to fit exactly.
    /// </summary>
    public static int[] ColumnWidths(IReadOnlyList<TableColumn> columns, int textWidth)
    {
        var fixedTotal = columns.Where(c => !c.Width.IsRelative).Sum(c => Units.MmToTwips(c.Width.Value));
        var shares = columns.Where(c => c.Width.IsRelative).Sum(c => c.Width.Value);
        var remaining = Math.Max(0, textWidth - fixedTotal);
        var minimum = Units.MmToTwips(10);
        var raw = columns.Select(c => c.Width.IsRelative
            ? Math.Max(minimum, remaining * c.Width.Value / shares)
            : Units.MmToTwips(c.Width.Value)).ToArray();
        var weights = raw.Select(w => (int)Math.Round(w * 100)).ToArray();
        return LayoutTable.Scale(textWidth, weights);
    }

    private static void WriteRow(XmlWriter xml, TableContext table, M.TableRow row, int rowIndex)
    {
        var columns = table.Widths.Length;
        WordXml.Start(xml, "tr");
        if (row.Kind == TableRowKind.Header)
        {
            WordXml.Start(xml, "trPr");
            WordXml.Empty(xml, "tblHeader");
            WordXml.Empty(xml, "cantSplit");
            xml.WriteEndElement();
        }

        var next = 0;
        var column = 0;
        while (column < columns)
        {
            if (table.Covering[column] is { } cover && cover.RemainingRows > 0)
            {
                WriteCellStart(xml, table, column, cover.ColumnSpan, cover.Cell.VerticalAlignment, "continue");
                WriteEmptyParagraph(xml, StyleIds.TableText, justification: null);
                xml.WriteEndElement();
                table.Covering[column] = cover with { RemainingRows = cover.RemainingRows - 1 };
                column += cover.ColumnSpan;
                continue;
            }

            if (next >= row.Cells.Count || column + row.Cells[next].ColumnSpan > columns)
            {
                throw new ArgumentException($"Table row {rowIndex + 1} does not fill the table's {columns} columns exactly.", "block");
            }

            var cell = row.Cells[next++];
            table.Covering[column] = cell.RowSpan > 1 ? new CoveringCell(cell, cell.ColumnSpan, cell.RowSpan - 1) : null;
            var alignment = cell.Alignment ?? (row.Kind == TableRowKind.Header ? CellAlignment.Center : table.Block.Columns[column].Alignment);
            WriteCellStart(xml, table, column, cell.ColumnSpan, cell.VerticalAlignment, cell.RowSpan > 1 ? "restart" : null);
            WriteCellParagraphs(xml, table, cell, row.Kind, Justify(alignment));
            xml.WriteEndElement();
            column += cell.ColumnSpan;
        }

        if (next != row.Cells.Count)
        {
            throw new ArgumentException($"Table row {rowIndex + 1} has more cells than the table has columns.", "block");
        }

        xml.WriteEndElement();
    }

    private static void WriteCellStart(XmlWriter xml, TableContext table, int column, int span, CellVerticalAlignment vertical, string? merge)
    {
        WordXml.Start(xml, "tc");
        WordXml.Start(xml, "tcPr");
        WordXml.Width(xml, "tcW", span == 1 ? table.WidthText[column] : Str(SpanWidth(table.Widths, column, span)));
        if (span > 1)
        {
            WordXml.Value(xml, "gridSpan", Str(span));
        }

        if (merge is not null)
        {
            WordXml.Value(xml, "vMerge", merge);
        }

        if (vertical != CellVerticalAlignment.Top)
        {
            WordXml.Value(xml, "vAlign", vertical == CellVerticalAlignment.Center ? "center" : "bottom");
        }

        xml.WriteEndElement();
    }

    private static void WriteCellParagraphs(XmlWriter xml, TableContext table, M.TableCell cell, TableRowKind kind, string justification)
    {
        var style = kind switch
        {
            TableRowKind.Header => StyleIds.TableHeading,
            TableRowKind.Group => StyleIds.TableGroup,
            _ => StyleIds.TableText,
        };
        var format = new CellRunFormat(cell.Bold, table.HalfPointSize, table.Footnotes);
        foreach (var block in cell.Blocks)
        {
            switch (block)
            {
                case ListItemBlock item:
                    WriteParagraph(xml, style, justification, item.MarkerText, item.Inlines, format);
                    break;
                case ParagraphBlock paragraph:
                    WriteParagraph(xml, style, justification, null, paragraph.Inlines, format);
                    break;
                default:
                    throw new ArgumentException("A table cell holds only paragraphs and list items.");
            }
        }

        if (cell.Blocks.Count == 0)
        {
            WriteEmptyParagraph(xml, style, justification);
        }
    }

    private static void WriteEmptyParagraph(XmlWriter xml, string style, string? justification)
    {
        WordXml.Start(xml, "p");
        WriteParagraphProperties(xml, style, justification);
        xml.WriteEndElement();
    }

    private static void WriteParagraph(
        XmlWriter xml, string style, string justification, string? prefix, IReadOnlyList<MarkupInline> inlines, CellRunFormat format)
    {
        WordXml.Start(xml, "p");
        WriteParagraphProperties(xml, style, justification);
        if (!string.IsNullOrEmpty(prefix))
        {
            WriteRun(xml, prefix, bold: false, italic: false, underline: false, format);
        }

        for (var i = 0; i < inlines.Count; i++)
        {
            switch (inlines[i])
            {
                case TextSpan span:
                    WriteRun(xml, span.Text, span.Bold, span.Italic, span.Underline, format);
                    break;
                case LineBreak:
                    WordXml.Start(xml, "r");
                    WordXml.Empty(xml, "br");
                    xml.WriteEndElement();
                    break;
                case M.Footnote note:
                    // One small object per note; the cell text around it is still written straight to the XmlWriter.
                    FootnoteCollector.Reference((format.Footnotes ?? throw ParagraphFactory.NoFootnotesHere()).Add(note)).WriteTo(xml);
                    break;
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteParagraphProperties(XmlWriter xml, string style, string? justification)
    {
        WordXml.Start(xml, "pPr");
        WordXml.Value(xml, "pStyle", style);
        if (justification is not null)
        {
            WordXml.Value(xml, "jc", justification);
        }

        xml.WriteEndElement();
    }

    /// <summary>A run as <see cref="ParagraphFactory"/> writes it; rPr children in schema order (b, i, sz, szCs, u).</summary>
    private static void WriteRun(XmlWriter xml, string text, bool bold, bool italic, bool underline, CellRunFormat format)
    {
        WordXml.Start(xml, "r");
        bold |= format.Bold;
        if (bold || italic || underline || format.HalfPointSize is not null)
        {
            WordXml.Start(xml, "rPr");
            if (bold)
            {
                WordXml.Empty(xml, "b");
            }

            if (italic)
            {
                WordXml.Empty(xml, "i");
            }

            if (format.HalfPointSize is { } size)
            {
                WordXml.Value(xml, "sz", size);
                WordXml.Value(xml, "szCs", size);
            }

            if (underline)
            {
                WordXml.Value(xml, "u", "single");
            }

            xml.WriteEndElement();
        }

        WordXml.Text(xml, text);
        xml.WriteEndElement();
    }

    private static int SpanWidth(int[] widths, int column, int span)
    {
        var sum = 0;
        for (var i = column; i < column + span; i++)
        {
            sum += widths[i];
        }

        return sum;
    }

    private static string Justify(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => "center",
        CellAlignment.Right => "right",
        CellAlignment.Justify => "both",
        _ => "left",
    };

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What every row of one table shares: its columns and the row-span cells still open.</summary>
    private sealed class TableContext(TableBlock block, int[] widths, string[] widthText, string? halfPointSize, FootnoteCollector? footnotes)
    {
        public TableBlock Block { get; } = block;

        public int[] Widths { get; } = widths;

        public string[] WidthText { get; } = widthText;

        public string? HalfPointSize { get; } = halfPointSize;

        public CoveringCell?[] Covering { get; } = new CoveringCell?[widths.Length];

        public FootnoteCollector? Footnotes { get; } = footnotes;
    }

    private readonly record struct CellRunFormat(bool Bold, string? HalfPointSize, FootnoteCollector? Footnotes);

    private sealed record CoveringCell(M.TableCell Cell, int ColumnSpan, int RemainingRows);
}
