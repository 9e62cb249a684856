using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Describes a section's page setup (size and orientation, margins, header/footer distance, page
/// numbering, first-page flag) and the headers and footers Word shows on its pages. A section without
/// its own header of a kind shows the previous section's, as Word does, so the description repeats it.
/// </summary>
internal sealed class SectionDescriber(MainDocumentPart main, BlockDescriber blocks)
{
    private static readonly (string Name, double Width, double Height)[] PaperSizes =
        [("A3", 297, 420), ("A4", 210, 297), ("A5", 148, 210), ("Letter", 215.9, 279.4), ("Legal", 215.9, 355.6)];

    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _footers = new(StringComparer.Ordinal);
    private readonly bool _evenAndOdd = main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>() is { } even
        && (even.Val is null || even.Val.Value);

    public void Describe(SectionProperties? section, int number, DescriptionBuilder output)
    {
        output.Line(0, "section " + number);
        if (section is null)
        {
            output.Line(1, "page: not set");
            return;
        }
        output.Line(1, "page: " + PageLine(section.GetFirstChild<PageSize>()));
        if (section.GetFirstChild<PageMargin>() is { } margin)
        {
            var line = "margins: top " + Units.TwipsToMm(margin.Top?.Value ?? 0)
                + ", bottom " + Units.TwipsToMm(margin.Bottom?.Value ?? 0)
                + ", left " + Units.TwipsToMm(margin.Left?.Value ?? 0)
                + ", right " + Units.TwipsToMm(margin.Right?.Value ?? 0);
            if (margin.Gutter?.Value is > 0) line += ", gutter " + Units.TwipsToMm(margin.Gutter.Value);
            output.Line(1, line);
            output.Line(1, "header distance " + Units.TwipsToMm(margin.Header?.Value ?? 0)
                + ", footer distance " + Units.TwipsToMm(margin.Footer?.Value ?? 0));
        }
        output.Line(1, "page numbers: " + NumberingLine(section.GetFirstChild<PageNumberType>()));
        var titlePage = section.GetFirstChild<TitlePage>() is { } title && (title.Val is null || title.Val.Value);
        if (titlePage) output.Line(1, "title page: different first page");
        if (section.GetFirstChild<SectionType>()?.Val?.InnerText is { } start and not "nextPage")
            output.Line(1, "starts: " + start);
        if (section.GetFirstChild<Columns>()?.ColumnCount?.Value is > 1 and var count)
            output.Line(1, "columns: " + count);

        Remember(section.Elements<HeaderReference>().Select(r => (r.Type?.InnerText ?? "default", r.Id?.Value)), _headers);
        Remember(section.Elements<FooterReference>().Select(r => (r.Type?.InnerText ?? "default", r.Id?.Value)), _footers);
        foreach (var kind in ShownKinds(titlePage)) DescribeStory("header", kind, _headers, output);
        foreach (var kind in ShownKinds(titlePage)) DescribeStory("footer", kind, _footers, output);
    }

    private IEnumerable<string> ShownKinds(bool titlePage)
    {
        if (titlePage) yield return "first";
        yield return "default";
        if (_evenAndOdd) yield return "even";
    }

    private static void Remember(IEnumerable<(string Kind, string? Id)> references, Dictionary<string, string> current)
    {
        foreach (var (kind, id) in references)
            if (id is not null) current[kind] = id;
    }

    private void DescribeStory(string story, string kind, Dictionary<string, string> current, DescriptionBuilder output)
    {
        var part = current.TryGetValue(kind, out var id) ? TryGetPart(id) : null;
        OpenXmlElement? root = part switch
        {
            HeaderPart header => header.Header,
            FooterPart footer => footer.Footer,
            _ => null,
        };
        // A missing default story is simply absent; a missing first or even one is a visibly blank area.
        if (root is null)
        {
            if (kind != "default") output.Line(1, story + " " + kind + ": empty");
            return;
        }
        output.Line(1, story + " " + kind + ":");
        blocks.Describe(root.ChildElements, 2, null, output);
    }

    private OpenXmlPart? TryGetPart(string id)
    {
        try
        {
            return main.GetPartById(id);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string PageLine(PageSize? size)
    {
        if (size?.Width?.Value is not { } widthTwips || size.Height?.Value is not { } heightTwips) return "size not set";
        var width = widthTwips / 1440.0 * 25.4;
        var height = heightTwips / 1440.0 * 25.4;
        var orientation = width > height ? "landscape" : "portrait";
        var (shortSide, longSide) = width > height ? (height, width) : (width, height);
        var name = PaperSizes.FirstOrDefault(p => Math.Abs(p.Width - shortSide) < 1 && Math.Abs(p.Height - longSide) < 1).Name;
        return (name is null ? "" : name + " ") + orientation + " " + Units.Mm(width)[..^2] + "×" + Units.Mm(height);
    }

    private static string NumberingLine(PageNumberType? numbering)
    {
        var line = numbering?.Start?.Value is { } start ? "restart at " + start : "continue";
        if (numbering?.Format?.InnerText is { } format and not "decimal") line += ", format " + format;
        return line;
    }
}
