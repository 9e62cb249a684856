using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Resolves paragraph and character formatting through Word's hierarchy: docDefaults → table style →
/// paragraph style (basedOn chain) → numbering level → character style → direct formatting.
/// Toggle properties (bold, italic, caps, …) set by styles combine as Word does: each style level that
/// sets one flips it; direct formatting sets it outright.
/// </summary>
internal sealed class StyleResolver
{
    private const int MaxBasedOnDepth = 32;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphLayer> _paragraphChains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunLayer> _runChains = new(StringComparer.Ordinal);
    private readonly ParagraphLayer _paragraphDefaults = new();
    private readonly RunLayer _runDefaults = new();
    private readonly ThemeFonts _themeFonts;
    private readonly NumberingCatalog _numbering;

    public StyleResolver(MainDocumentPart main, NumberingCatalog numbering)
    {
        _numbering = numbering;
        _themeFonts = ThemeFonts.From(main);
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id) continue;
            _styles.TryAdd(id, style);
            if (style.Default?.Value != true) continue;
            var type = style.Type?.InnerText;
            if (type == "paragraph") DefaultParagraphStyleId ??= id;
            else if (type == "character") DefaultCharacterStyleId ??= id;
            else if (type == "table") DefaultTableStyleId ??= id;
        }
        var defaults = styles.DocDefaults;
        _paragraphDefaults.Apply(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        _runDefaults.Apply(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle, _themeFonts);
    }

    public string? DefaultParagraphStyleId { get; }
    public string? DefaultCharacterStyleId { get; }
    public string? DefaultTableStyleId { get; }

    /// <summary>The display name of a style (for the optional style tokens), or its id when it has none.</summary>
    public string? StyleName(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;

    /// <summary>The table style's whole-table properties (borders) along its basedOn chain, root first.</summary>
    public IEnumerable<OpenXmlElement> TableStyleProperties(string? tableStyleId) =>
        Chain(tableStyleId).Select(style => style.StyleTableProperties).OfType<OpenXmlElement>();

    /// <summary>Paragraph formatting of a paragraph with direct properties <paramref name="properties"/>.</summary>
    public ParagraphLayer ResolveParagraph(ParagraphProperties? properties, string? tableStyleId)
    {
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyleId;
        var direct = new ParagraphLayer();
        direct.Apply(properties);
        var styled = ParagraphChain(styleId);

        var result = _paragraphDefaults.Clone();
        result.Overlay(ParagraphChain(tableStyleId));
        var numberingFromStyle = direct.NumberingId is null;
        var numId = direct.NumberingId ?? styled.NumberingId;
        var level = direct.NumberingLevel ?? styled.NumberingLevel ?? 0;
        var numberingLayer = new ParagraphLayer();
        if (numId is { } id) numberingLayer.Apply(_numbering.Level(id, level)?.PreviousParagraphProperties);

        // Indents from a list set directly on the paragraph win over the paragraph style's;
        // when the style itself brings the list, the style's own indents win.
        if (numberingFromStyle) { result.Overlay(numberingLayer); result.Overlay(styled); }
        else { result.Overlay(styled); result.Overlay(numberingLayer); }
        result.Overlay(direct);
        result.NumberingId = numId;
        result.NumberingLevel = numId is null ? null : level;
        return result;
    }

    /// <summary>The paragraph style id a paragraph uses (its own, or the document's default paragraph style).</summary>
    public string? ParagraphStyleId(ParagraphProperties? properties) =>
        properties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyleId;

    /// <summary>Character formatting of a run (or a paragraph mark) in a paragraph of style <paramref name="paragraphStyleId"/>.</summary>
    public RunFormat ResolveRun(OpenXmlElement? runProperties, string? paragraphStyleId, string? tableStyleId)
    {
        var characterStyleId = runProperties?.GetFirstChild<RunStyle>()?.Val?.Value ?? DefaultCharacterStyleId;
        var table = RunChain(tableStyleId);
        var paragraph = RunChain(paragraphStyleId);
        var character = RunChain(characterStyleId);
        var direct = new RunLayer();
        direct.Apply(runProperties, _themeFonts);

        var result = _runDefaults.Clone();
        result.Overlay(table);
        result.Overlay(paragraph);
        result.Overlay(character);
        RunLayer[] styleLevels = [table, paragraph, character];
        result.Bold = Toggle(styleLevels, layer => layer.Bold) ?? _runDefaults.Bold;
        result.Italic = Toggle(styleLevels, layer => layer.Italic) ?? _runDefaults.Italic;
        result.Caps = Toggle(styleLevels, layer => layer.Caps) ?? _runDefaults.Caps;
        result.SmallCaps = Toggle(styleLevels, layer => layer.SmallCaps) ?? _runDefaults.SmallCaps;
        result.Strike = Toggle(styleLevels, layer => layer.Strike) ?? _runDefaults.Strike;
        result.DoubleStrike = Toggle(styleLevels, layer => layer.DoubleStrike) ?? _runDefaults.DoubleStrike;
        result.Hidden = Toggle(styleLevels, layer => layer.Hidden) ?? _runDefaults.Hidden;
        result.Overlay(direct);
        return result.ToFormat();
    }

    private static bool? Toggle(RunLayer[] levels, Func<RunLayer, bool?> read)
    {
        bool? value = null;
        foreach (var level in levels)
            if (read(level) is { } set) value = (value ?? false) ^ set;
        return value;
    }

    private ParagraphLayer ParagraphChain(string? styleId)
    {
        if (styleId is null) return new ParagraphLayer();
        if (_paragraphChains.TryGetValue(styleId, out var cached)) return cached;
        var layer = new ParagraphLayer();
        foreach (var style in Chain(styleId)) layer.Apply(style.StyleParagraphProperties);
        _paragraphChains[styleId] = layer;
        return layer;
    }

    private RunLayer RunChain(string? styleId)
    {
        if (styleId is null) return new RunLayer();
        if (_runChains.TryGetValue(styleId, out var cached)) return cached;
        var layer = new RunLayer();
        foreach (var style in Chain(styleId)) layer.Apply(style.StyleRunProperties, _themeFonts);
        _runChains[styleId] = layer;
        return layer;
    }

    /// <summary>A style and its basedOn ancestors, root first; cycles and dangling ids end the chain.</summary>
    private List<Style> Chain(string? styleId)
    {
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && chain.Count < MaxBasedOnDepth && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            chain.Add(style);
            styleId = style.BasedOn?.Val?.Value;
        }
        chain.Reverse();
        return chain;
    }
}
