using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Text hygiene on the way in and out: Unicode NFC (precomposed "ệ", as TCVN 6909:2001 and Word expect) and
/// the characters XML 1.0 forbids, which would make a .docx unreadable.
/// </summary>
/// <remarks>
/// XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Everything
/// else that can occur in a .NET string is forbidden: the C0 controls U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F, the non-characters U+FFFE and U+FFFF, and surrogates that are not part of a pair.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>The text in NFC: a decomposed "e" + U+0302 + U+0323 becomes "ệ".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the text is already in NFC.</summary>
    public static bool IsNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>The text with every character XML 1.0 forbids removed; a valid surrogate pair is kept.</summary>
    public static string RemoveInvalidXmlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FindInvalidXmlCharacter(text) is null)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = ValidLengthAt(text, i);
            if (length > 0)
            {
                builder.Append(text, i, length);
                i += length - 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first character XML 1.0 forbids, with its position and a message, or null when the text is clean.
    /// Use it to reject text with a message that says where to look.
    /// </summary>
    public static InvalidXmlCharacter? FindInvalidXmlCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var length = ValidLengthAt(text, i);
            if (length == 0)
            {
                return new InvalidXmlCharacter(i, line, column, text[i]);
            }

            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                column++;
            }

            i += length - 1;
        }

        return null;
    }

    /// <summary>Throws when the text holds a character XML 1.0 forbids.</summary>
    /// <exception cref="VietnameseFormatException">The message names the character and its line and column.</exception>
    public static void EnsureValidXml(string text)
    {
        if (FindInvalidXmlCharacter(text) is { } bad)
        {
            throw new VietnameseFormatException(text, bad.Index, bad.Message);
        }
    }

    /// <summary>How many UTF-16 units of a valid character start at <paramref name="i"/>: 0 (forbidden), 1 or 2.</summary>
    private static int ValidLengthAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 0;
        }

        if (char.IsLowSurrogate(c))
        {
            return 0;
        }

        return c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uFFFD') ? 1 : 0;
    }
}
