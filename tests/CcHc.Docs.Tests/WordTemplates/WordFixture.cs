using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.WordTemplates;

namespace CcHc.Docs.Tests.WordTemplates;

/// <summary>Small Word templates built with the Open XML SDK, and readers for what a render produced.</summary>
internal static class WordFixture
{
    /// <summary>A .docx whose body holds <paramref name="body"/>, with an optional header and footer paragraph.</summary>
    public static byte[] CreateWith(IEnumerable<OpenXmlElement> body, Paragraph? header = null, Numbering? numbering = null, Paragraph? footer = null)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var sectionProperties = new SectionProperties();
            if (header is not null)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(header);
                sectionProperties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
            }
            if (footer is not null)
            {
                var footerPart = main.AddNewPart<FooterPart>();
                footerPart.Footer = new Footer(footer);
                sectionProperties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) });
            }
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }
            main.Document = new Document(new Body(body.Append(sectionProperties)));
        }
        return buffer.ToArray();
    }

    public static byte[] Create(params OpenXmlElement[] body) => CreateWith(body);

    /// <summary>A paragraph of runs.</summary>
    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    /// <summary>A paragraph of one plain run.</summary>
    public static Paragraph P(string text) => new(R(text));

    /// <summary>A run; bold or italic when asked.</summary>
    public static Run R(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (italic)
            {
                properties.Append(new Italic());
            }
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table cell with one paragraph per text.</summary>
    public static TableCell Cell(params string[] paragraphs) =>
        new(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(t => (OpenXmlElement)P(t)).ToArray());

    /// <summary>A row of cells, each one paragraph of the given text.</summary>
    public static TableRow Row(params string[] cells) => new(cells.Select(c => (OpenXmlElement)Cell(c)).ToArray());

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(Enumerable.Range(0, rows.Max(r => r.Elements<TableCell>().Count())).Select(_ => new GridColumn { Width = "2000" })));
        table.Append(rows);
        return table;
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/> and returns the output bytes.</summary>
    public static byte[] Render(byte[] template, object? model, string name = "t.docx") =>
        DocxTemplate.Load(new MemoryStream(template), name).Render(model);

    /// <summary>The body's paragraphs as text, one line each, line breaks as '|'.</summary>
    public static List<string> Lines(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => DocxText.Of(p, '|')).ToList();
    }

    /// <summary>The body, for assertions on runs and properties; dispose the document.</summary>
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>The Open XML validator's errors, as text.</summary>
    public static string[] ValidationErrors(byte[] docx)
    {
        using var document = Open(docx);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
    }
}
