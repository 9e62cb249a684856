using System.Globalization;
using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// A borderless, fixed-layout table used to place blocks side by side (letterhead, signature),
/// with zero left/right cell margins so the columns line up with the text margins.
/// </summary>
internal static class LayoutTable
{
    public static Table Create(IReadOnlyList<int> columnWidths)
    {
        var total = columnWidths.Sum();
        var properties = new TableProperties(
            new TableStyle { Val = StyleIds.LayoutTable },
            new TableWidth { Width = Str(total), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "0000" });
        var grid = new TableGrid(columnWidths.Select(w => new GridColumn { Width = Str(w) }));
        return new Table(properties, grid);
    }

    public static TableRow Row(bool cantSplit, params TableCell[] cells)
    {
        var row = new TableRow();
        if (cantSplit)
        {
            row.Append(new TableRowProperties(new CantSplit()));
        }

        row.Append(cells);
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<WordElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Str(width), Type = TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var element in content)
        {
            cell.Append(element);
            any = true;
        }

        if (!any)
        {
            cell.Append(ParagraphFactory.Empty(StyleIds.Plain));
        }

        return cell;
    }

    /// <summary>Splits <paramref name="total"/> in the proportions of <paramref name="weights"/>, the last column taking the rounding.</summary>
    public static int[] Scale(int total, params int[] weights)
    {
        var sum = weights.Sum();
        var result = new int[weights.Length];
        var used = 0;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            result[i] = (int)Math.Round((double)total * weights[i] / sum);
            used += result[i];
        }

        result[^1] = total - used;
        return result;
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
