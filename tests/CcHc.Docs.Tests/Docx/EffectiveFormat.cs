using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

/// <summary>
/// Resolves what a reader of the .docx sees for a paragraph or run: direct formatting first, then the
/// paragraph style and its basedOn chain, then the document defaults. Only the properties the NĐ30
/// tests need (size, bold, italic, alignment, spacing, indent).
/// </summary>
internal sealed class EffectiveFormat(WordprocessingDocument document)
{
    private readonly Styles _styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public double SizePt(Paragraph paragraph, Run? run = null)
    {
        var direct = run?.RunProperties?.FontSize?.Val?.Value;
        var value = direct ?? FromStyles(paragraph, s => s.StyleRunProperties?.FontSize?.Val?.Value)
            ?? _styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value;
        return int.Parse(value!) / 2.0;
    }

    public bool Bold(Paragraph paragraph, Run? run = null) =>
        run?.RunProperties?.Bold is { } b ? b.Val?.Value ?? true
            : FromStyles(paragraph, s => s.StyleRunProperties?.Bold is { } sb ? (bool?)(sb.Val?.Value ?? true) : null) ?? false;

    public bool Italic(Paragraph paragraph, Run? run = null) =>
        run?.RunProperties?.Italic is { } i ? i.Val?.Value ?? true
            : FromStyles(paragraph, s => s.StyleRunProperties?.Italic is { } si ? (bool?)(si.Val?.Value ?? true) : null) ?? false;

    public JustificationValues Alignment(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.Justification?.Val?.Value
        ?? FromStyles(paragraph, s => s.StyleParagraphProperties?.Justification?.Val?.Value)
        ?? JustificationValues.Left;

    public string? FirstLineIndent(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.Indentation?.FirstLine?.Value
        ?? FromStyles(paragraph, s => s.StyleParagraphProperties?.Indentation?.FirstLine?.Value);

    public string? SpaceBefore(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.SpacingBetweenLines?.Before?.Value
        ?? FromStyles(paragraph, s => s.StyleParagraphProperties?.SpacingBetweenLines?.Before?.Value);

    public string? LineSpacing(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.SpacingBetweenLines?.Line?.Value
        ?? FromStyles(paragraph, s => s.StyleParagraphProperties?.SpacingBetweenLines?.Line?.Value);

    /// <summary>Size, bold and italic of every text run agree; returns them.</summary>
    public (double Size, bool Bold, bool Italic) Uniform(Paragraph paragraph)
    {
        var runs = paragraph.Elements<Run>().Where(r => r.GetFirstChild<Text>() is not null).ToList();
        Assert.NotEmpty(runs);
        var formats = runs.Select(r => (SizePt(paragraph, r), Bold(paragraph, r), Italic(paragraph, r))).Distinct().ToList();
        Assert.Single(formats);
        return formats[0];
    }

    public Style Style(string id) => _styles.Elements<Style>().Single(s => s.StyleId == id);

    private T? FromStyles<T>(Paragraph paragraph, Func<Style, T?> read)
        where T : struct => FromStylesCore(paragraph, s => read(s) is { } v ? (object)v : null) is T t ? t : null;

    private string? FromStyles(Paragraph paragraph, Func<Style, string?> read) =>
        FromStylesCore(paragraph, read) as string;

    private object? FromStylesCore(Paragraph paragraph, Func<Style, object?> read)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        for (var guard = 0; id is not null && guard < 20; guard++)
        {
            var style = Style(id);
            if (read(style) is { } value)
            {
                return value;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return null;
    }
}
