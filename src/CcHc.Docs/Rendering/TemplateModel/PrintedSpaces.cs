namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// Markup collapses runs of spaces like HTML; the blanks of a draft ("Số:      /KH-UBND") must survive,
/// so every space in a run of two or more becomes a no-break space, which Word prints at the same width.
/// </summary>
internal static class PrintedSpaces
{
    public static string Keep(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var inRun = chars[i] == ' '
                && ((i > 0 && text[i - 1] == ' ') || (i + 1 < chars.Length && text[i + 1] == ' '));
            if (inRun)
            {
                chars[i] = '\u00A0';
            }
        }
        return new string(chars);
    }
}
