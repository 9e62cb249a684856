using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Character properties as set at one level of the style hierarchy; <c>null</c> means "not set here,
/// inherit". Levels are combined with <see cref="Overlay"/> and finally turned into a <see cref="RunFormat"/>.
/// </summary>
internal sealed class RunLayer
{
    /// <summary>Word's own fallbacks when nothing in the document sets a font or size.</summary>
    private const string WordDefaultFont = "Times New Roman";
    private const double WordDefaultHalfPoints = 20;

    public string? Font { get; set; }
    public double? HalfPoints { get; set; }
    public bool? Bold { get; set; }
    public bool? Italic { get; set; }
    public string? Underline { get; set; }
    public bool? Caps { get; set; }
    public bool? SmallCaps { get; set; }
    public bool? Strike { get; set; }
    public bool? DoubleStrike { get; set; }
    public string? VerticalAlign { get; set; }
    public string? Color { get; set; }
    public string? Highlight { get; set; }
    public bool? Hidden { get; set; }

    /// <summary>Reads the children of any run-properties-like element (rPr, style rPr, rPrDefault).</summary>
    public void Apply(OpenXmlElement? properties, ThemeFonts themeFonts)
    {
        if (properties is null) return;
        if (properties.GetFirstChild<RunFonts>() is { } fonts)
        {
            var themed = fonts.AsciiTheme?.InnerText ?? fonts.HighAnsiTheme?.InnerText;
            var font = themed is not null ? themeFonts.Resolve(themed) : fonts.Ascii?.Value ?? fonts.HighAnsi?.Value;
            if (font is not null) Font = font;
        }
        if (Units.Parse(properties.GetFirstChild<FontSize>()?.Val?.Value) is { } size) HalfPoints = size;
        Bold = OnOff(properties.GetFirstChild<Bold>()) ?? Bold;
        Italic = OnOff(properties.GetFirstChild<Italic>()) ?? Italic;
        Caps = OnOff(properties.GetFirstChild<Caps>()) ?? Caps;
        SmallCaps = OnOff(properties.GetFirstChild<SmallCaps>()) ?? SmallCaps;
        Strike = OnOff(properties.GetFirstChild<Strike>()) ?? Strike;
        DoubleStrike = OnOff(properties.GetFirstChild<DoubleStrike>()) ?? DoubleStrike;
        Hidden = OnOff(properties.GetFirstChild<Vanish>()) ?? Hidden;
        if (properties.GetFirstChild<Underline>() is { } underline)
            Underline = underline.Val?.InnerText ?? "single";
        if (properties.GetFirstChild<VerticalTextAlignment>() is { } vertical)
            VerticalAlign = vertical.Val?.InnerText ?? "baseline";
        if (properties.GetFirstChild<Color>() is { Val.Value: { } color })
            Color = color.ToUpperInvariant();
        if (properties.GetFirstChild<Highlight>() is { } highlight)
            Highlight = highlight.Val?.InnerText ?? "none";
    }

    /// <summary>Values set in <paramref name="top"/> replace this layer's.</summary>
    public void Overlay(RunLayer top)
    {
        Font = top.Font ?? Font;
        HalfPoints = top.HalfPoints ?? HalfPoints;
        Bold = top.Bold ?? Bold;
        Italic = top.Italic ?? Italic;
        Underline = top.Underline ?? Underline;
        Caps = top.Caps ?? Caps;
        SmallCaps = top.SmallCaps ?? SmallCaps;
        Strike = top.Strike ?? Strike;
        DoubleStrike = top.DoubleStrike ?? DoubleStrike;
        VerticalAlign = top.VerticalAlign ?? VerticalAlign;
        Color = top.Color ?? Color;
        Highlight = top.Highlight ?? Highlight;
        Hidden = top.Hidden ?? Hidden;
    }

    /// <summary>A copy, so a cached style layer is never changed by a caller.</summary>
    public RunLayer Clone() => (RunLayer)MemberwiseClone();

    /// <summary>The final formatting, with Word's defaults for what no level set and "no-op" values dropped.</summary>
    public RunFormat ToFormat() => new(
        Font ?? WordDefaultFont,
        (HalfPoints ?? WordDefaultHalfPoints) / 2,
        Bold ?? false,
        Italic ?? false,
        Underline is null or "none" ? null : Underline,
        Caps ?? false,
        SmallCaps ?? false,
        Strike ?? false,
        DoubleStrike ?? false,
        VerticalAlign switch { "superscript" => "super", "subscript" => "sub", _ => null },
        Color is null or "AUTO" or "000000" ? null : Color,
        Highlight is null or "none" ? null : Highlight,
        Hidden ?? false);

    /// <summary>An on/off property: absent → null; present without val → true; otherwise its val.</summary>
    private static bool? OnOff(OnOffType? element) =>
        element is null ? null : element.Val is null || element.Val.Value;
}
