using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// The run properties that matter to import and layout checks, as written in one <c>w:rPr</c> (a run's,
/// a style's or the document defaults'): each null when that <c>w:rPr</c> does not say.
/// </summary>
internal sealed class RunFormat
{
    /// <summary>"true"/"false" when the element says bold, null when it does not say.</summary>
    public string? Bold { get; private set; }

    public string? Italic { get; private set; }

    public string? Caps { get; private set; }

    /// <summary>Font size in half-points, as text.</summary>
    public string? Size { get; private set; }

    /// <summary>The font for Latin/Vietnamese text (w:ascii, else w:hAnsi).</summary>
    public string? Font { get; private set; }

    /// <summary>The character style (w:rStyle) of a run.</summary>
    public string? Style { get; private set; }

    /// <summary>Properties that say nothing but the character style: what a run inherits through its style.</summary>
    public static RunFormat WithStyle(string style) => new() { Style = style };

    /// <summary>Reads the <c>w:rPr</c> the reader is on (the first of each property counts, as Word reads it).</summary>
    public static RunFormat Read(XmlReader reader)
    {
        var format = new RunFormat();
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "b":
                    format.Bold ??= Toggle(WordXml.IsOn(child));
                    break;
                case "i":
                    format.Italic ??= Toggle(WordXml.IsOn(child));
                    break;
                case "caps":
                    format.Caps ??= Toggle(WordXml.IsOn(child));
                    break;
                case "sz":
                    format.Size ??= WordXml.Attribute(child, "val");
                    break;
                case "rFonts":
                    format.Font ??= WordXml.Attribute(child, "ascii") ?? WordXml.Attribute(child, "hAnsi");
                    break;
                case "rStyle":
                    format.Style ??= WordXml.Attribute(child, "val");
                    break;
            }
        }
        return format;
    }

    /// <summary>The same properties from an Open XML SDK element (for the layout rules, which read the document's DOM).</summary>
    public static RunFormat? Of(OpenXmlElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var fonts = element.GetFirstChild<RunFonts>();
        return new RunFormat
        {
            Bold = Toggle(element.GetFirstChild<Bold>()),
            Italic = Toggle(element.GetFirstChild<Italic>()),
            Caps = Toggle(element.GetFirstChild<Caps>()),
            Size = element.GetFirstChild<FontSize>()?.Val?.Value,
            Font = fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value,
            Style = element.GetFirstChild<RunStyle>()?.Val?.Value,
        };
    }

    private static string Toggle(bool on) => on ? "true" : "false";

    // <w:b/> without a value means on.
    private static string? Toggle(OnOffType? toggle) =>
        toggle is null ? null : Toggle(toggle.Val is null || toggle.Val.Value);
}
