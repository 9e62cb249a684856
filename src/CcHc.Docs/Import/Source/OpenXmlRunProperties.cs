using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// The run properties that matter to import and layout checks, read the same way from a run's
/// <c>w:rPr</c>, a style's <c>w:rPr</c> or the document defaults (three different Open XML types).
/// </summary>
internal readonly struct OpenXmlRunProperties(OpenXmlElement element)
{
    /// <summary>"true"/"false" when the element says bold, null when it does not say.</summary>
    public string? Bold => Toggle(element.GetFirstChild<Bold>());

    public string? Italic => Toggle(element.GetFirstChild<Italic>());

    public string? Caps => Toggle(element.GetFirstChild<Caps>());

    /// <summary>Font size in half-points, as text.</summary>
    public string? Size => element.GetFirstChild<FontSize>()?.Val?.Value;

    /// <summary>The font for Latin/Vietnamese text (w:ascii, else w:hAnsi).</summary>
    public string? Font
    {
        get
        {
            var fonts = element.GetFirstChild<RunFonts>();
            return fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;
        }
    }

    // <w:b/> without a value means on.
    private static string? Toggle(OnOffType? toggle) =>
        toggle is null ? null : (toggle.Val is null || toggle.Val.Value ? "true" : "false");
}
