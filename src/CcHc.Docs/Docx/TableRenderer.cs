using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using CcHc.Docs.Markup.Tree;
using M = CcHc.Docs.Markup.Tree;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// Writes a <see cref="TableBlock"/> as a bordered, fixed-layout table across the text width.
/// Header rows carry tblHeader (repeated on every page) and are bold and centred; group rows are
/// bold; row spans become vMerge restart/continue cells placed HTML-style.
/// </summary>
internal static class TableRenderer
{
    public static W.Table Render(TableBlock block, PageGeometry page, FormattingProfile profile)
    {
        var widths = ColumnWidths(block.Columns, page.TextWidth);
        var table = new W.Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.GridTable },
                new TableWidth { Width = Str(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0420" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Str(w) })));

        var sizeOverride = block.FontSize is { } size
            ? new RunProperties(new FontSize { Val = Units.HalfPoints(size) }, new FontSizeComplexScript { Val = Units.HalfPoints(size) })
            : null;
        var covering = new CoveringCell?[block.Columns.Count];
        var rowIndex = 0;
        foreach (var row in block.Rows)
        {
            table.Append(RenderRow(block, row, rowIndex++, widths, covering, sizeOverride));
        }

        return table;
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

    private static W.TableRow RenderRow(
        TableBlock block, M.TableRow row, int rowIndex, int[] widths, CoveringCell?[] covering, RunProperties? sizeOverride)
    {
        var result = new W.TableRow();
        if (row.Kind == TableRowKind.Header)
        {
            result.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        var next = 0;
        var column = 0;
        while (column < widths.Length)
        {
            if (covering[column] is { } cover && cover.RemainingRows > 0)
            {
                result.Append(Cell(widths, column, cover.ColumnSpan, cover.Cell.VerticalAlignment, MergedCellValues.Continue, [ParagraphFactory.Empty(StyleIds.TableText)]));
                covering[column] = cover with { RemainingRows = cover.RemainingRows - 1 };
                column += cover.ColumnSpan;
                continue;
            }

            if (next >= row.Cells.Count || column + row.Cells[next].ColumnSpan > widths.Length)
            {
                throw new ArgumentException($"Table row {rowIndex + 1} does not fill the table's {widths.Length} columns exactly.", nameof(block));
            }

            var cell = row.Cells[next++];
            var merge = cell.RowSpan > 1 ? MergedCellValues.Restart : (MergedCellValues?)null;
            covering[column] = cell.RowSpan > 1 ? new CoveringCell(cell, cell.ColumnSpan, cell.RowSpan - 1) : null;
            var alignment = cell.Alignment ?? (row.Kind == TableRowKind.Header ? CellAlignment.Center : block.Columns[column].Alignment);
            var paragraphs = CellParagraphs(cell, row.Kind, alignment, sizeOverride);
            result.Append(Cell(widths, column, cell.ColumnSpan, cell.VerticalAlignment, merge, paragraphs));
            column += cell.ColumnSpan;
        }

        if (next != row.Cells.Count)
        {
            throw new ArgumentException($"Table row {rowIndex + 1} has more cells than the table has columns.", nameof(block));
        }

        return result;
    }

    private static List<Paragraph> CellParagraphs(M.TableCell cell, TableRowKind kind, CellAlignment alignment, RunProperties? sizeOverride)
    {
        var style = kind switch
        {
            TableRowKind.Header => StyleIds.TableHeading,
            TableRowKind.Group => StyleIds.TableGroup,
            _ => StyleIds.TableText,
        };
        var runProperties = sizeOverride is null ? null : (RunProperties)sizeOverride.CloneNode(true);
        if (cell.Bold)
        {
            runProperties ??= new RunProperties();
            runProperties.Bold = new Bold();
        }

        var paragraphs = new List<Paragraph>();
        foreach (var block in cell.Blocks)
        {
            var paragraph = block switch
            {
                ListItemBlock item => ParagraphFactory.Create(style, item.Inlines, item.MarkerText, extraRun: runProperties),
                ParagraphBlock p => ParagraphFactory.Create(style, p.Inlines, extraRun: runProperties),
                _ => throw new ArgumentException("A table cell holds only paragraphs and list items."),
            };
            paragraphs.Add(paragraph);
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add(ParagraphFactory.Empty(style));
        }

        foreach (var paragraph in paragraphs)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = Justify(alignment) };
        }

        return paragraphs;
    }

    private static W.TableCell Cell(
        int[] widths, int column, int span, CellVerticalAlignment vertical, MergedCellValues? merge, IEnumerable<Paragraph> paragraphs)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = Str(widths.Skip(column).Take(span).Sum()), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (merge is not null)
        {
            properties.VerticalMerge = new VerticalMerge { Val = merge.Value };
        }

        properties.TableCellVerticalAlignment = new TableCellVerticalAlignment
        {
            Val = vertical switch
            {
                CellVerticalAlignment.Center => TableVerticalAlignmentValues.Center,
                CellVerticalAlignment.Bottom => TableVerticalAlignmentValues.Bottom,
                _ => TableVerticalAlignmentValues.Top,
            },
        };
        var cell = new W.TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static JustificationValues Justify(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        CellAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record CoveringCell(M.TableCell Cell, int ColumnSpan, int RemainingRows);
}
