using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Reads the body of a .docx in reading order: paragraphs (with the labels automatic numbering
/// prints, and whether they are all bold or all italic) and tables (cells, spans, grid widths,
/// borders), numbering every paragraph — those in table cells included — from 1, as Word counts them.
/// </summary>
internal sealed class DocxSource
{
    private const decimal TwipsPerMillimetre = 1440m / 25.4m;

    private readonly DocxStyles styles;
    private readonly NumberingResolver numbering;
    private readonly Dictionary<long, string> footnotes;
    private int paragraphNumber;
    private int section;
    private bool pendingBreak;

    private DocxSource(MainDocumentPart main)
    {
        styles = new DocxStyles(main);
        numbering = new NumberingResolver(main);
        footnotes = ReadFootnotes(main);
    }

    /// <summary>Each footnote's text by id (its paragraphs joined by a space, the number mark left out).</summary>
    private static Dictionary<long, string> ReadFootnotes(MainDocumentPart main)
    {
        var notes = new Dictionary<long, string>();
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            if (note.Id?.Value is { } id && id > 0)
            {
                var text = string.Join(" ", note.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Trim()));
                notes[id] = text.Replace('\u00A0', ' ').Trim();
            }
        }

        return notes;
    }

    public static SourceDocument Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart ?? throw new PlanImportException("The file has no main document part; it is not a Word document.", 0);
        var body = main.Document?.Body ?? throw new PlanImportException("The document has no body.", 0);
        var reader = new DocxSource(main);
        var blocks = new List<SourceBlock>();
        var landscape = new List<bool>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var read = reader.ReadParagraph(paragraph);
                    if (read.Text.Length > 0 || read.NumberingLabel is not null)
                    {
                        blocks.Add(read);
                    }
                    if (paragraph.ParagraphProperties?.SectionProperties is { } ending)
                    {
                        landscape.Add(IsLandscape(ending));
                        reader.section++;
                        reader.pendingBreak = true;
                    }
                    break;
                case Table table:
                    blocks.Add(reader.ReadTable(table));
                    break;
                case SectionProperties last:
                    landscape.Add(IsLandscape(last));
                    break;
                case SdtBlock content:
                    foreach (var inner in content.Descendants<Paragraph>())
                    {
                        var innerRead = reader.ReadParagraph(inner);
                        if (innerRead.Text.Length > 0)
                        {
                            blocks.Add(innerRead);
                        }
                    }
                    break;
            }
        }
        return new SourceDocument(blocks, landscape);
    }

    private static bool IsLandscape(SectionProperties properties)
    {
        var size = properties.GetFirstChild<PageSize>();
        if (size is null)
        {
            return false;
        }
        if (size.Orient?.InnerText is { Length: > 0 } orient)
        {
            return orient == "landscape";
        }
        return (size.Width?.Value ?? 0) > (size.Height?.Value ?? 0);
    }

    private SourceParagraph ReadParagraph(Paragraph paragraph)
    {
        paragraphNumber++;
        var text = new StringBuilder();
        var letters = 0;
        var bold = 0;
        var italic = 0;
        var pageBreakBefore = pendingBreak || paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value);
        pendingBreak = false;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runStart = text.Length;
            var noteLetters = 0;
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break br when br.Type?.InnerText == "page":
                        if (text.ToString().Trim().Length == 0)
                        {
                            pageBreakBefore = true;
                        }
                        break;
                    case Break when run.RunProperties?.RunStyle?.Val?.Value == Docx.StyleIds.LayoutBreak:
                        // A break the writer added to balance the title's lines: the plan's text has a space there.
                        text.Append(' ');
                        break;
                    case Break:
                    case CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case FootnoteReference reference when reference.Id?.Value is { } id && footnotes.TryGetValue(id, out var note) && note.Length > 0:
                        // A footnote comes back as the plan writes it, ^[note]; its letters do not count for the run's format.
                        var noteStart = text.Length;
                        text.Append("^[").Append(note.Replace("[", @"\[", StringComparison.Ordinal).Replace("]", @"\]", StringComparison.Ordinal)).Append(']');
                        noteLetters += CountLetters(text, noteStart);
                        break;
                }
            }
            var added = CountLetters(text, runStart) - noteLetters;
            if (added == 0)
            {
                continue;
            }
            letters += added;
            if (styles.Resolve(paragraph, run, p => p.Bold) == "true")
            {
                bold += added;
            }
            if (styles.Resolve(paragraph, run, p => p.Italic) == "true")
            {
                italic += added;
            }
        }
        string? label = null;
        if (styles.Numbering(paragraph) is { } numbered)
        {
            label = numbering.Next(numbered.NumId, numbered.Level);
        }
        return new SourceParagraph
        {
            Number = paragraphNumber,
            Section = section,
            Text = text.ToString().Replace('\u00A0', ' ').Normalize(NormalizationForm.FormC).Trim(' '),
            NumberingLabel = label,
            Bold = letters > 0 && bold == letters,
            Italic = letters > 0 && italic == letters,
            Heading = styles.IsHeading(paragraph),
            AfterBreak = pageBreakBefore,
        };
    }

    private static int CountLetters(StringBuilder text, int from)
    {
        var count = 0;
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                count++;
            }
        }
        return count;
    }

    private SourceTable ReadTable(Table table)
    {
        var first = paragraphNumber + 1;
        var tableSection = section;
        var rows = new List<IReadOnlyList<SourceCell>>();
        var headerRows = 0;
        var countingHeaders = true;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<SourceCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var paragraphs = new List<SourceParagraph>();
                foreach (var element in cell.ChildElements)
                {
                    if (element is Paragraph p)
                    {
                        var read = ReadParagraph(p);
                        if (read.Text.Length > 0 || read.NumberingLabel is not null)
                        {
                            paragraphs.Add(read);
                        }
                    }
                    else if (element is Table nested)
                    {
                        // A table in a cell: its paragraphs read as the cell's, row by row.
                        foreach (var inner in nested.Descendants<Paragraph>())
                        {
                            var read = ReadParagraph(inner);
                            if (read.Text.Length > 0)
                            {
                                paragraphs.Add(read);
                            }
                        }
                    }
                }
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.InnerText == "continue");
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                cells.Add(new SourceCell(continued ? [] : paragraphs, span));
            }
            var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } header && (header.Val is null || header.Val.InnerText is "on" or "true" or "1");
            if (countingHeaders && isHeader)
            {
                headerRows++;
            }
            else
            {
                countingHeaders = false;
            }
            rows.Add(cells);
        }
        var widths = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>()
            .Select(c => Millimetres(ParseTwips(c.Width?.Value)))
            .ToArray() ?? [];
        return new SourceTable
        {
            Number = first,
            Section = tableSection,
            Rows = rows,
            ColumnWidths = widths,
            Borderless = IsBorderless(table),
            HeaderRows = headerRows,
        };
    }

    // Rounded to 0.1 mm and without trailing zeros: 680 twips read as 12, not 12.0.
    private static decimal Millimetres(int twips) =>
        decimal.Parse(Math.Round(twips / TwipsPerMillimetre, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static int ParseTwips(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var twips) ? twips : 0;

    private static bool IsBorderless(Table table)
    {
        var borders = table.GetFirstChild<TableProperties>()?.TableBorders;
        if (borders is null)
        {
            // No table borders and no cell borders: Word's "Table Normal" draws none.
            return !table.Descendants<TableCellBorders>().Any(b => b.ChildElements.Any(Visible));
        }
        return !borders.ChildElements.Any(Visible);
    }

    private static bool Visible(OpenXmlElement border) =>
        border is BorderType type && type.Val is { } value && value.InnerText is not ("none" or "nil" or "");
}
