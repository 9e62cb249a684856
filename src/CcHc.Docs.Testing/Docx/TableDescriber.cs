using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Describes a table as a grid: column widths, borders, rows (repeated header rows marked), and cells
/// addressed like a spreadsheet (A1, B1, …) by their grid column, with <c>colspan</c>/<c>rowspan</c> for
/// merged cells. Cells covered by a vertical merge are not listed; the merge's first cell carries the span.
/// </summary>
internal sealed class TableDescriber(StyleResolver styles, BlockDescriber blocks)
{
    private static readonly string[] Sides = ["top", "left", "bottom", "right", "insideH", "insideV"];

    public void Describe(Table table, int depth, DescriptionBuilder output)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var tableStyleId = properties?.TableStyle?.Val?.Value ?? styles.DefaultTableStyleId;
        output.Line(depth, "table [" + string.Join(" ", TableTokens(table, properties, tableStyleId)) + "]");

        var rows = table.Elements<TableRow>().Select(ReadRow).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var rowTokens = RowTokens(rows[r].Row);
            output.Line(depth + 1, "row " + (r + 1) + (rowTokens.Count > 0 ? " [" + string.Join(" ", rowTokens) + "]" : ""));
            foreach (var cell in rows[r].Cells)
            {
                if (cell.Merge == "continue") continue;
                var tokens = CellTokens(cell, RowSpan(rows, r, cell));
                var address = ColumnName(cell.Column) + (r + 1);
                output.Line(depth + 2, "cell " + address + (tokens.Count > 0 ? " [" + string.Join(" ", tokens) + "]" : ""));
                blocks.Describe(cell.Cell.ChildElements, depth + 3, tableStyleId, output);
            }
        }
    }

    private List<string> TableTokens(Table table, TableProperties? properties, string? tableStyleId)
    {
        var tokens = new List<string>();
        var widths = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>()
            .Select(column => Units.Parse(column.Width?.Value) is { } width ? Units.TwipsToMm(width)[..^2] : "auto")
            .ToList() ?? [];
        tokens.Add("cols=" + string.Join("|", widths) + "mm");

        var borders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var level in styles.TableStyleProperties(tableStyleId).Append(properties))
            ReadBorders(level?.GetFirstChild<TableBorders>(), borders);
        tokens.Add("borders=" + SummariseBorders(borders));

        if (properties?.TableWidth is { } width && WidthToken(width.Type?.InnerText, width.Width?.Value) is { } widthToken)
            tokens.Add("width=" + widthToken);
        if (properties?.TableJustification?.Val?.InnerText is { } alignment and not "left" and not "start")
            tokens.Add(alignment == "end" ? "right" : alignment);
        if (properties?.TableIndentation is { Width.Value: var indent and not 0 })
            tokens.Add("indent=" + Units.TwipsToMm(indent));
        if (properties?.TableLayout?.Type?.InnerText == "fixed") tokens.Add("fixed");
        return tokens;
    }

    private static List<string> RowTokens(TableRow row)
    {
        var tokens = new List<string>();
        var properties = row.TableRowProperties;
        if (properties is null) return tokens;
        if (properties.GetFirstChild<TableHeader>() is { } header && header.Val?.InnerText is null or "on" or "true" or "1")
            tokens.Add("header");
        if (properties.GetFirstChild<TableRowHeight>() is { Val.Value: var height and > 0 } rowHeight)
            tokens.Add("height=" + (rowHeight.HeightType?.InnerText == "exact" ? "exact:" : "atleast:") + Units.TwipsToMm(height));
        if (properties.GetFirstChild<CantSplit>() is { } cantSplit && cantSplit.Val?.InnerText is null or "on" or "true" or "1")
            tokens.Add("no-split");
        return tokens;
    }

    private static List<string> CellTokens(GridCell cell, int rowSpan)
    {
        var tokens = new List<string>();
        if (cell.Span > 1) tokens.Add("colspan=" + cell.Span);
        if (rowSpan > 1) tokens.Add("rowspan=" + rowSpan);
        var properties = cell.Cell.TableCellProperties;
        if (properties?.TableCellVerticalAlignment?.Val?.InnerText is { } valign and not "top") tokens.Add("valign=" + valign);
        if (properties?.Shading?.Fill?.Value?.ToUpperInvariant() is { } fill and not "AUTO" and not "FFFFFF") tokens.Add("shade=#" + fill);
        var borders = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadBorders(properties?.TableCellBorders, borders);
        if (borders.Count > 0)
            tokens.Add("borders=" + string.Join(",", Sides.Where(borders.ContainsKey).Select(side => side + ":" + borders[side])));
        return tokens;
    }

    private static int RowSpan(List<GridRow> rows, int rowIndex, GridCell cell)
    {
        if (cell.Merge != "restart") return 1;
        var span = 1;
        for (var r = rowIndex + 1; r < rows.Count; r++)
        {
            var below = rows[r].Cells.FirstOrDefault(candidate => candidate.Column == cell.Column);
            if (below?.Merge != "continue") break;
            span++;
        }
        return span;
    }

    private static GridRow ReadRow(TableRow row)
    {
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var cells = new List<GridCell>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            var merge = properties?.VerticalMerge is { } vertical ? vertical.Val?.InnerText ?? "continue" : null;
            cells.Add(new GridCell(cell, column, span, merge));
            column += Math.Max(1, span);
        }
        return new GridRow(row, cells);
    }

    private static void ReadBorders(OpenXmlElement? borders, Dictionary<string, string> into)
    {
        if (borders is null) return;
        foreach (var border in borders.ChildElements.OfType<BorderType>())
        {
            var side = border switch
            {
                TopBorder => "top",
                LeftBorder or StartBorder => "left",
                BottomBorder => "bottom",
                RightBorder or EndBorder => "right",
                InsideHorizontalBorder => "insideH",
                InsideVerticalBorder => "insideV",
                _ => null,
            };
            if (side is not null) into[side] = BorderDescription.Of(border, withSize: false);
        }
    }

    /// <summary><c>single</c> or <c>none</c> when every edge agrees, otherwise the edges that have a line.</summary>
    private static string SummariseBorders(Dictionary<string, string> borders)
    {
        var values = Sides.Select(side => borders.GetValueOrDefault(side, "none")).ToList();
        if (values.Distinct(StringComparer.Ordinal).Count() == 1) return values[0];
        return string.Join(",", Sides.Zip(values).Where(pair => pair.Second != "none").Select(pair => pair.First + ":" + pair.Second));
    }

    private static string? WidthToken(string? type, string? value)
    {
        var percent = value?.EndsWith('%') == true;
        if (Units.Parse(value?.TrimEnd('%')) is not { } amount || amount == 0) return null;
        return type switch
        {
            "pct" => Units.Number(percent ? amount : amount / 50) + "%",
            "dxa" or null => Units.TwipsToMm(amount),
            _ => null,
        };
    }

    /// <summary>Spreadsheet-style column name: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private sealed record GridCell(TableCell Cell, int Column, int Span, string? Merge);

    private sealed record GridRow(TableRow Row, List<GridCell> Cells);
}
