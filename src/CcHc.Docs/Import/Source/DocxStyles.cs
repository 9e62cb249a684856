using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// The formatting a paragraph or run inherits from the style part (styles.xml): bold, italic, size, font and
/// automatic numbering along a style's basedOn chain, over the document defaults. Read in one forward pass.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 20;

    private readonly Dictionary<string, StyleDefinition> styles = new(StringComparer.Ordinal);
    private RunFormat? defaults;

    private DocxStyles()
    {
    }

    /// <summary>The paragraph style a paragraph without w:pStyle has (the style marked default), if any.</summary>
    public string? DefaultParagraphStyle { get; private set; }

    /// <summary>No styles part: nothing is inherited.</summary>
    public static DocxStyles Empty { get; } = new();

    /// <summary>Reads styles.xml from a stream.</summary>
    public static DocxStyles Read(Stream stylesXml)
    {
        var result = new DocxStyles();
        using var reader = WordXml.Open(stylesXml);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !WordXml.IsWord(reader))
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "rPrDefault":
                    result.defaults = ReadDefaults(reader);
                    break;
                case "style":
                    result.ReadStyle(reader);
                    break;
            }
        }
        return result;
    }

    /// <summary>The styles of a document opened with the Open XML SDK (for the layout rules).</summary>
    public static DocxStyles Read(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        if (main.StyleDefinitionsPart is not { } part)
        {
            return Empty;
        }
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return Read(stream);
    }

    /// <summary>The effective run property <paramref name="pick"/> of a run: its own, its character style chain, the paragraph style chain, the defaults.</summary>
    public T? Resolve<T>(string? paragraphStyle, RunFormat? run, Func<RunFormat, T?> pick)
        where T : class
    {
        if (run is not null && pick(run) is { } direct)
        {
            return direct;
        }
        if (run?.Style is { } runStyle && FromStyle(runStyle, pick) is { } fromRunStyle)
        {
            return fromRunStyle;
        }
        paragraphStyle ??= DefaultParagraphStyle;
        if (paragraphStyle is not null && FromStyle(paragraphStyle, pick) is { } fromStyle)
        {
            return fromStyle;
        }
        return defaults is null ? null : pick(defaults);
    }

    /// <summary>The same for a paragraph and run of a document opened with the Open XML SDK.</summary>
    public T? Resolve<T>(Paragraph paragraph, Run? run, Func<RunFormat, T?> pick)
        where T : class =>
        Resolve(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, RunFormat.Of(run?.RunProperties), pick);

    /// <summary>The numbering (numId, level) of a paragraph: its own numPr values, the rest from its style chain.</summary>
    public (int NumId, int Level)? Numbering(string? paragraphStyle, int? numId, int? level)
    {
        var styleId = paragraphStyle;
        for (var depth = 0; styleId is not null && depth < MaxChain && (numId is null || level is null); depth++)
        {
            if (!styles.TryGetValue(styleId, out var style))
            {
                break;
            }
            numId ??= style.NumId;
            level ??= style.NumLevel;
            styleId = style.BasedOn;
        }
        return numId is { } n && n > 0 ? (n, level ?? 0) : null;
    }

    /// <summary>True when the paragraph is a heading: an outline level of its own or from its style chain, or a "heading N" style.</summary>
    public bool IsHeading(string? paragraphStyle, int? outlineLevel)
    {
        if (outlineLevel is { } own)
        {
            return own < 9;
        }
        var styleId = paragraphStyle;
        for (var depth = 0; styleId is not null && depth < MaxChain && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.OutlineLevel is { } level)
            {
                return level < 9;
            }
            if (style.Name is { } name && name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            styleId = style.BasedOn;
        }
        return false;
    }

    private T? FromStyle<T>(string styleId, Func<RunFormat, T?> pick)
        where T : class
    {
        for (var depth = 0; depth < MaxChain && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.Run is { } properties && pick(properties) is { } value)
            {
                return value;
            }
            if (style.BasedOn is not { } parent)
            {
                break;
            }
            styleId = parent;
        }
        return null;
    }

    private static RunFormat? ReadDefaults(XmlReader reader)
    {
        RunFormat? format = null;
        foreach (var child in WordXml.Children(reader))
        {
            if (format is null && WordXml.IsWord(child) && child.LocalName == "rPr")
            {
                format = RunFormat.Read(child);
            }
        }
        return format;
    }

    private void ReadStyle(XmlReader reader)
    {
        var id = WordXml.Attribute(reader, "styleId");
        var style = new StyleDefinition();
        var isDefaultParagraph = WordXml.Attribute(reader, "type") == "paragraph" && WordXml.Attribute(reader, "default") is "1" or "true" or "on";
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "name":
                    style.Name ??= WordXml.Attribute(child, "val");
                    break;
                case "basedOn":
                    style.BasedOn ??= WordXml.Attribute(child, "val");
                    break;
                case "rPr":
                    style.Run ??= RunFormat.Read(child);
                    break;
                case "pPr":
                    ReadStyleParagraph(child, style);
                    break;
            }
        }
        if (id is not null)
        {
            styles[id] = style;
            if (isDefaultParagraph)
            {
                DefaultParagraphStyle = id;
            }
        }
    }

    private static void ReadStyleParagraph(XmlReader reader, StyleDefinition style)
    {
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "outlineLvl":
                    style.OutlineLevel ??= WordXml.IntAttribute(child, "val");
                    break;
                case "numPr":
                    var (numId, level) = ReadNumberingProperties(child);
                    style.NumId ??= numId;
                    style.NumLevel ??= level;
                    break;
            }
        }
    }

    /// <summary>Reads a <c>w:numPr</c>: its numId and ilvl values, each null when absent.</summary>
    public static (int? NumId, int? Level) ReadNumberingProperties(XmlReader reader)
    {
        int? numId = null, level = null;
        foreach (var child in WordXml.Children(reader))
        {
            if (WordXml.IsWord(child))
            {
                switch (child.LocalName)
                {
                    case "numId":
                        numId ??= WordXml.IntAttribute(child, "val");
                        break;
                    case "ilvl":
                        level ??= WordXml.IntAttribute(child, "val");
                        break;
                }
            }
        }
        return (numId, level);
    }

    private sealed class StyleDefinition
    {
        public string? Name { get; set; }

        public string? BasedOn { get; set; }

        public RunFormat? Run { get; set; }

        public int? NumId { get; set; }

        public int? NumLevel { get; set; }

        public int? OutlineLevel { get; set; }
    }
}
