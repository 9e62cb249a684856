using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Tests;

/// <summary>Builds small .docx packages in memory for the tests: A4 portrait, Times New Roman 13pt by default.</summary>
internal static class TestDocx
{
    public const int A4WidthTwips = 11906;
    public const int A4HeightTwips = 16838;

    /// <summary>A package whose body holds <paramref name="content"/> followed by an A4 section.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> content, Action<MainDocumentPart>? configure = null, SectionProperties? section = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
                        new FontSize { Val = "26" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle())),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
            var body = new Body(content);
            body.Append(section ?? A4Section());
            main.Document = new Document(body);
            configure?.Invoke(main);
        }
        return stream.ToArray();
    }

    public static byte[] Create(params OpenXmlElement[] content) => Create((IEnumerable<OpenXmlElement>)content);

    public static string Describe(byte[] docx, DocxDescriptionOptions? options = null) => DocxDescription.Describe(docx, options);

    public static SectionProperties A4Section(bool landscape = false) => new(
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? A4HeightTwips : A4WidthTwips),
            Height = (UInt32Value)(uint)(landscape ? A4WidthTwips : A4HeightTwips),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 720, Footer = 720, Gutter = 0 });

    /// <summary>A paragraph with one run of <paramref name="text"/>; run properties go on the run, paragraph properties on the paragraph.</summary>
    public static Paragraph Paragraph(string text, RunProperties? run = null, ParagraphProperties? paragraph = null)
    {
        var result = new Paragraph();
        if (paragraph is not null) result.Append(paragraph);
        result.Append(Run(text, run));
        return result;
    }

    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static RunProperties Size(int halfPoints, bool bold = false)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    public static ParagraphProperties Centered() => new(new Justification { Val = JustificationValues.Center });

    /// <summary>A table with the given grid widths (twips) and rows of cell texts, single borders all round.</summary>
    public static Table Table(int[] widths, params string[][] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows) table.Append(new TableRow(row.Select(text => Cell(text))));
        return table;
    }

    public static TableCell Cell(string text, TableCellProperties? properties = null)
    {
        var cell = new TableCell();
        if (properties is not null) cell.Append(properties);
        cell.Append(Paragraph(text));
        return cell;
    }
}
