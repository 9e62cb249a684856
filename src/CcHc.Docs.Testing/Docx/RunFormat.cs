namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// The resolved character formatting of a piece of text: what Word shows, whichever level of the
/// style hierarchy set it. Value equality is what lets adjacent runs merge into one group.
/// </summary>
internal sealed record RunFormat(
    string Font,
    double SizePoints,
    bool Bold,
    bool Italic,
    string? Underline,
    bool Caps,
    bool SmallCaps,
    bool Strike,
    bool DoubleStrike,
    string? VerticalAlign,
    string? Color,
    string? Highlight,
    bool Hidden)
{
    /// <summary>
    /// Short tokens such as <c>14pt B I</c>. The font is left out when it is the document's
    /// dominant font (named once at the top of the description) to keep lines short.
    /// </summary>
    public IEnumerable<string> Tokens(string? dominantFont)
    {
        if (!string.Equals(Font, dominantFont, StringComparison.Ordinal)) yield return "'" + Font + "'";
        yield return Units.Pt(SizePoints);
        if (Bold) yield return "B";
        if (Italic) yield return "I";
        if (Underline is not null) yield return Underline == "single" ? "U" : "U:" + Underline;
        if (Caps) yield return "caps";
        if (SmallCaps) yield return "smallcaps";
        if (Strike) yield return "strike";
        if (DoubleStrike) yield return "dstrike";
        if (VerticalAlign is not null) yield return VerticalAlign;
        if (Color is not null) yield return "color=#" + Color;
        if (Highlight is not null) yield return "highlight=" + Highlight;
        if (Hidden) yield return "hidden";
    }
}
