using System.Globalization;
using System.Text;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Vietnamese;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>
/// A .docx read for the layout rules: every paragraph (table cells included) numbered from 1 as Word counts
/// them, with its effective formatting and NĐ30 role (letterhead cells, title, body, nơi nhận, signature,
/// appendix), and the document's sections with the paragraph each begins at.
/// </summary>
internal sealed class LayoutDocument
{
    private LayoutDocument(MainDocumentPart main, List<LayoutParagraph> paragraphs, List<(SectionProperties Properties, int FirstParagraph)> sections)
    {
        Main = main;
        Paragraphs = paragraphs;
        Sections = sections;
    }

    public MainDocumentPart Main { get; }

    public IReadOnlyList<LayoutParagraph> Paragraphs { get; }

    public IReadOnlyList<(SectionProperties Properties, int FirstParagraph)> Sections { get; }

    public static LayoutDocument Read(MainDocumentPart main)
    {
        var styles = DocxStyles.Read(main);
        var defaultSpacing = main.StyleDefinitionsPart?.Styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines;
        var styleMap = main.StyleDefinitionsPart?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        var paragraphs = new List<LayoutParagraph>();
        var sections = new List<(SectionProperties, int)>();
        var sectionStart = 1;
        var body = main.Document?.Body;
        if (body is null)
        {
            return new LayoutDocument(main, paragraphs, sections);
        }
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var number = paragraphs.Count + 1;
            paragraphs.Add(Describe(number, paragraph, styles, styleMap, defaultSpacing));
            if (paragraph.ParagraphProperties?.SectionProperties is { } ending && paragraph.Ancestors<Table>().FirstOrDefault() is null)
            {
                sections.Add((ending, sectionStart));
                sectionStart = number + 1;
            }
        }
        if (body.GetFirstChild<SectionProperties>() is { } last)
        {
            sections.Add((last, Math.Min(sectionStart, Math.Max(1, paragraphs.Count))));
        }
        AssignRoles(paragraphs);
        return new LayoutDocument(main, paragraphs, sections);
    }

    private static LayoutParagraph Describe(int number, Paragraph paragraph, DocxStyles styles, Dictionary<string, Style> styleMap, SpacingBetweenLines? defaultSpacing)
    {
        var text = new StringBuilder();
        var sizes = new SortedSet<decimal>();
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        int letters = 0, bold = 0, italic = 0;
        var caps = false;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runText = string.Concat(run.Elements<Text>().Select(t => t.Text));
            text.Append(runText);
            var count = runText.Count(char.IsLetterOrDigit);
            if (count == 0)
            {
                continue;
            }
            letters += count;
            if (styles.Resolve(paragraph, run, p => p.Size) is { } halfPoints && int.TryParse(halfPoints, NumberStyles.Integer, CultureInfo.InvariantCulture, out var half))
            {
                sizes.Add(half / 2m);
            }
            if (styles.Resolve(paragraph, run, p => p.Font) is { } font)
            {
                fonts.Add(font);
            }
            bold += styles.Resolve(paragraph, run, p => p.Bold) == "true" ? count : 0;
            italic += styles.Resolve(paragraph, run, p => p.Italic) == "true" ? count : 0;
            caps |= styles.Resolve(paragraph, run, p => p.Caps) == "true";
        }
        return new LayoutParagraph(number, paragraph, text.ToString().Normalize(NormalizationForm.FormC).Trim())
        {
            Sizes = [.. sizes],
            Fonts = [.. fonts],
            AllBold = letters > 0 && bold == letters,
            AllItalic = letters > 0 && italic == letters,
            AnyCaps = caps,
            Spacing = Spacing(paragraph, styleMap, defaultSpacing),
            Cell = paragraph.Ancestors<TableCell>().FirstOrDefault(),
        };
    }

    private static (int, string)? Spacing(Paragraph paragraph, Dictionary<string, Style> styleMap, SpacingBetweenLines? defaultSpacing)
    {
        var spacing = paragraph.ParagraphProperties?.SpacingBetweenLines;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; spacing?.Line is null && styleId is not null && depth < 20 && styleMap.TryGetValue(styleId, out var style); depth++)
        {
            spacing = style.StyleParagraphProperties?.SpacingBetweenLines;
            styleId = style.BasedOn?.Val?.Value;
        }
        spacing = spacing?.Line is null ? defaultSpacing : spacing;
        if (spacing?.Line?.Value is not { } line || !int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var name = spacing.LineRule?.InnerText switch
        {
            null or "" or "auto" => "auto",
            "exact" => "exact",
            _ => "atLeast",
        };
        return (value, name);
    }

    // Roles: the first table before the title is the letterhead; the title is the first "KẾ HOẠCH" line; the
    // body runs to "Nơi nhận"; the cell beside it is the signature; a section starting "Phụ lục" is an appendix.
    private static void AssignRoles(List<LayoutParagraph> paragraphs)
    {
        var title = paragraphs.FindIndex(p => p.Cell is null && DocumentKinds.All.Any(k => p.Shown == k.Title));
        if (title < 0)
        {
            return;
        }
        var letterheadTable = paragraphs.Take(title).Select(p => p.Cell?.Ancestors<Table>().FirstOrDefault()).FirstOrDefault(t => t is not null);
        for (var i = 0; i < title; i++)
        {
            var p = paragraphs[i];
            if (p.Text.Length == 0)
            {
                continue;
            }
            var upper = VietnameseCase.ToUpper(p.Shown);
            p.Role = upper.StartsWith("CỘNG HÒA", StringComparison.Ordinal) || upper.StartsWith("CỘNG HOÀ", StringComparison.Ordinal) ? LayoutRole.NationalName
                : upper.StartsWith("ĐỘC LẬP", StringComparison.Ordinal) ? LayoutRole.Motto
                : p.Text.StartsWith("Số", StringComparison.Ordinal) ? LayoutRole.Number
                : p.Text.Contains(", ngày", StringComparison.Ordinal) ? LayoutRole.DateLine
                : p.Cell is not null && p.Cell.Ancestors<Table>().FirstOrDefault() == letterheadTable ? LayoutRole.Issuer
                : LayoutRole.Other;
        }
        // A parent body is the first of several issuer lines, printed not bold above bold ones.
        var issuers = paragraphs.Take(title).Where(p => p.Role == LayoutRole.Issuer).ToList();
        if (issuers.Count >= 2 && !issuers[0].AllBold && issuers.Skip(1).All(p => p.AllBold))
        {
            issuers[0].Role = LayoutRole.ParentBody;
        }
        paragraphs[title].Role = LayoutRole.TitleKind;
        var i2 = title + 1;
        for (; i2 < paragraphs.Count && (paragraphs[i2].Text.Length == 0 || (paragraphs[i2].AllBold && paragraphs[i2].Role == LayoutRole.Other && i2 == title + 1)); i2++)
        {
            if (paragraphs[i2].Text.Length > 0)
            {
                paragraphs[i2].Role = LayoutRole.Summary;
            }
        }
        var signingCell = default(TableCell);
        var inAppendix = false;
        for (var i = i2; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Text.Length == 0)
            {
                continue;
            }
            if (p.Text.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                p.Role = LayoutRole.RecipientsHeading;
                signingCell = p.Cell;
                continue;
            }
            if (p.Cell is null && p.Text.StartsWith("Phụ lục", StringComparison.Ordinal))
            {
                inAppendix = true;
            }
            if (inAppendix)
            {
                p.Role = LayoutRole.Appendix;
            }
            else if (signingCell is not null)
            {
                p.Role = p.Cell == signingCell ? LayoutRole.Recipient : LayoutRole.Signature;
            }
            else if (p.Cell is null)
            {
                p.Role = IsHeadingText(p.Text) ? LayoutRole.Heading : LayoutRole.Body;
            }
        }
    }

    private static bool IsHeadingText(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 1 && text[space - 1] == '.' && RomanNumerals.TryFromRoman(text[..(space - 1)], out _);
    }
}
