using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Benchmarks.WordTemplates;

/// <summary>
/// The Word template of the peer benchmark's appendix table, built with the Open XML SDK: landscape A4, a repeated
/// header row, then a row holding only <c>{{ for r in rows }}</c>, the row of six tags, and a row holding <c>{{ end }}</c>.
/// </summary>
public static class AppendixWordTemplate
{
    private static readonly string[] Headers = ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
    private static readonly string[] Fields = ["stt", "task", "product", "lead", "coord", "time"];
    private static readonly int[] Widths = [700, 5200, 2400, 2200, 2600, 1400];

    public static byte[] Create()
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(
                new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                    new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            table.Append(Row(Headers, bold: true, header: true));
            table.Append(Row(["{{ for r in rows }}", "", "", "", "", ""]));
            table.Append(Row(Fields.Select(f => "{{ r." + f + " }}").ToArray()));
            table.Append(Row(["{{ end }}", "", "", "", "", ""]));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("PHỤ LỤC"))),
                table,
                new Paragraph(),
                new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                    new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 })));
        }
        return buffer.ToArray();
    }

    private static TableRow Row(string[] cells, bool bold = false, bool header = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        for (var i = 0; i < cells.Length; i++)
        {
            var run = new Run(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = Widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(run)));
        }
        return row;
    }
}
