using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// A rough page count from the amount of text, independent of the writer and of LibreOffice: text is laid
/// into lines of average Times New Roman width (≈0.47 em per character), each line 1.15× the font size high
/// plus 6 pt before every paragraph; table rows are as high as their fullest cell. Good to ±30 %, which is
/// what a plausibility check of a PDF conversion needs.
/// </summary>
internal static class PageEstimate
{
    private const double MmPerPt = 25.4 / 72;
    private const double EmPerChar = 0.47;
    private const double CellPaddingMm = 1.5;

    /// <summary>Estimated pages per section: the main portrait section first, then one per appendix.</summary>
    public static IReadOnlyList<double> Sections(WordprocessingDocument document, double bodyPt, double tablePt)
    {
        var pages = new List<double>();
        var height = 0.0;
        foreach (var element in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            var landscape = pages.Count > 0;
            var textWidthMm = landscape ? 297 - 30 - 15 : 210 - 30 - 15;
            height += element switch
            {
                Paragraph p => ParagraphMm(DocxText.Of(p), textWidthMm, bodyPt),
                Table t => TableMm(t, textWidthMm, landscape ? tablePt : bodyPt),
                _ => 0,
            };
            var section = element is Paragraph { ParagraphProperties: { } properties } ? properties.GetFirstChild<SectionProperties>() : element as SectionProperties;
            if (section is not null)
            {
                pages.Add(height / (landscape ? 210 - 40 : 297 - 40));
                height = 0;
            }
        }
        return pages;
    }

    private static double ParagraphMm(string text, double widthMm, double sizePt)
    {
        var lineMm = sizePt * 1.15 * MmPerPt;
        var charsPerLine = widthMm / (sizePt * EmPerChar * MmPerPt);
        var lines = Math.Max(1, Math.Ceiling(text.Length / charsPerLine));
        return (lines * lineMm) + (6 * MmPerPt);
    }

    private static double TableMm(Table table, double widthMm, double sizePt)
    {
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>()
            .Select(c => double.Parse(c.Width!.Value!, CultureInfo.InvariantCulture) / 1440 * 25.4).ToList();
        var scale = widthMm / grid.Sum();
        var total = 0.0;
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            var rowMm = 0.0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var cellMm = grid.Skip(column).Take(span).Sum() * scale;
                column += span;
                var content = cell.Elements<Paragraph>().Sum(p => ParagraphMm(DocxText.Of(p), cellMm - (2 * CellPaddingMm), sizePt) - (6 * MmPerPt));
                rowMm = Math.Max(rowMm, content + CellPaddingMm);
            }
            total += rowMm;
        }
        return total;
    }
}
