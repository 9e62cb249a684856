using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// The formatting a paragraph or run inherits from the style part: bold, italic, size, font and
/// automatic numbering along a style's basedOn chain, over the document defaults.
/// </summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly RunPropertiesBaseStyle? defaults;
    private readonly string? defaultParagraphStyle;

    public DocxStyles(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var root = main.StyleDefinitionsPart?.Styles;
        defaults = root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        if (root is null)
        {
            return;
        }
        foreach (var style in root.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                styles[id] = style;
                if (style.Type?.InnerText == "paragraph" && style.Default?.InnerText is "1" or "true" or "on")
                {
                    defaultParagraphStyle = id;
                }
            }
        }
    }

    /// <summary>The effective run property <paramref name="pick"/> of a run in a paragraph: run, run style, paragraph style chain, defaults.</summary>
    public T? Resolve<T>(Paragraph paragraph, Run? run, Func<OpenXmlRunProperties, T?> pick)
        where T : class
    {
        if (run?.RunProperties is { } own && pick(new OpenXmlRunProperties(own)) is { } direct)
        {
            return direct;
        }
        if (run?.RunProperties?.RunStyle?.Val?.Value is { } runStyle && FromStyle(runStyle, pick) is { } fromRunStyle)
        {
            return fromRunStyle;
        }
        var paragraphStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyle;
        if (paragraphStyle is not null && FromStyle(paragraphStyle, pick) is { } fromStyle)
        {
            return fromStyle;
        }
        return defaults is null ? null : pick(new OpenXmlRunProperties(defaults));
    }

    /// <summary>The numbering (numId, level) of a paragraph: its own numPr or its style's.</summary>
    public (int NumId, int Level)? Numbering(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 20 && (numId is null || level is null); depth++)
        {
            if (!styles.TryGetValue(styleId, out var style))
            {
                break;
            }
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }
        return numId is { } n && n > 0 ? (n, level ?? 0) : null;
    }

    /// <summary>True when the paragraph is a heading: an outline level of its own or from its style chain, or a "heading N" style.</summary>
    public bool IsHeading(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } own)
        {
            return own < 9;
        }
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 20 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9;
            }
            if (style.StyleName?.Val?.Value is { } name && name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            styleId = style.BasedOn?.Val?.Value;
        }
        return false;
    }

    private T? FromStyle<T>(string styleId, Func<OpenXmlRunProperties, T?> pick)
        where T : class
    {
        for (var depth = 0; depth < 20 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleRunProperties is { } properties && pick(new OpenXmlRunProperties(properties)) is { } value)
            {
                return value;
            }
            if (style.BasedOn?.Val?.Value is not { } parent)
            {
                break;
            }
            styleId = parent;
        }
        return null;
    }
}
