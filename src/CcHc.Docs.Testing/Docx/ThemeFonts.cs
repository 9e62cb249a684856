using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Testing.Docx;

/// <summary>Maps theme font references (<c>minorHAnsi</c>, <c>majorAscii</c>, …) to the typeface the theme names.</summary>
internal sealed class ThemeFonts
{
    private readonly string? _major;
    private readonly string? _minor;

    private ThemeFonts(string? major, string? minor)
    {
        _major = major;
        _minor = minor;
    }

    public static ThemeFonts From(MainDocumentPart main)
    {
        var scheme = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
        return new ThemeFonts(scheme?.MajorFont?.LatinFont?.Typeface?.Value, scheme?.MinorFont?.LatinFont?.Typeface?.Value);
    }

    /// <summary>The typeface for a theme reference, or the reference itself (e.g. <c>theme:minorHAnsi</c>) when the theme has none.</summary>
    public string Resolve(string themeReference)
    {
        var font = themeReference.StartsWith("major", StringComparison.Ordinal) ? _major
            : themeReference.StartsWith("minor", StringComparison.Ordinal) ? _minor
            : null;
        return string.IsNullOrEmpty(font) ? "theme:" + themeReference : font;
    }
}
