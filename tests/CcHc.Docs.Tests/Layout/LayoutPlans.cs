using CcHc.Docs.Plans;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Layout;

/// <summary>Plans with long place names and long trích yếu, and what their rendering put in the letterhead and title.</summary>
internal static class LayoutPlans
{
    public static Plan With(string issuer, string place, string summary) => new()
    {
        Letterhead = new Letterhead { Issuer = issuer, Number = 123, Place = place, Date = new DateOnly(2025, 12, 28) },
        Title = new DocumentTitle { Summary = summary },
        Sections = [new Section { Kind = SectionKind.Implementation, Content = [new ParagraphBlock("Các đơn vị triển khai thực hiện.")] }],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    /// <summary>The letterhead table's two column widths (twips).</summary>
    public static (int Left, int Right) Columns(WordprocessingDocument document)
    {
        var grid = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First().GetFirstChild<TableGrid>()!.Elements<GridColumn>()
            .Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (grid[0], grid[1]);
    }

    /// <summary>The place-and-date paragraph: its text and its size in points (the run's, else the style's 14 or 13).</summary>
    public static (string Text, double Points) DateLine(WordprocessingDocument document, double stylePoints)
    {
        var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Nd30PlaceDate");
        var size = paragraph.Descendants<Run>().Select(r => r.RunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null);
        return (paragraph.InnerText, size is null ? stylePoints : double.Parse(size, System.Globalization.CultureInfo.InvariantCulture) / 2);
    }

    /// <summary>The trích yếu's lines as written (breaks split them), no-break spaces kept.</summary>
    public static IReadOnlyList<string> TitleLines(WordprocessingDocument document)
    {
        var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Nd30TitleSummary");
        var lines = new List<string> { "" };
        foreach (var element in paragraph.Descendants())
        {
            if (element is Text text)
            {
                lines[^1] += text.Text;
            }
            else if (element is Break)
            {
                lines.Add("");
            }
        }

        return lines;
    }
}
