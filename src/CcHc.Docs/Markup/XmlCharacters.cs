using System.Globalization;

namespace CcHc.Docs.Markup;

/// <summary>
/// Finds characters that XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF)
/// before the XML reader sees them, so the error names the character and says what to do.
/// </summary>
internal static class XmlCharacters
{
    public static void EnsureAllowed(string markup, string sourceName)
    {
        if (!ContainsForbidden(markup))
        {
            return;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= markup.Length || markup[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < markup.Length && char.IsLowSurrogate(markup[i + 1]))
            {
                i++;
                continue;
            }

            if (IsAllowed(c))
            {
                continue;
            }

            var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            var what = char.IsSurrogate(c) ? "an unpaired surrogate" : "a control character";
            throw new MarkupException(
                sourceName,
                line,
                i - lineStart + 1,
                null,
                $"Character U+{code} ({what}) is not allowed in XML 1.0 and cannot be written to a .docx. "
                + "Remove it from the text (it often comes from copying out of PDF or Excel).");
        }
    }

    /// <summary>A quick scan: only characters outside U+0020–U+D7FF need a closer look.</summary>
    private static bool ContainsForbidden(string markup)
    {
        var rest = markup.AsSpan();
        while (true)
        {
            var i = rest.IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (i < 0)
            {
                return false;
            }

            var c = rest[i];
            if (char.IsHighSurrogate(c) && i + 1 < rest.Length && char.IsLowSurrogate(rest[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return true;
            }

            rest = rest[(i + 1)..];
        }
    }

    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
