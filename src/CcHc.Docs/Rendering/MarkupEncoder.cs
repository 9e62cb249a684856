using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The output encoder of markup templates: every value a <c>{{ }}</c> block prints is stripped of characters XML 1.0 forbids,
/// NFC-normalised, and XML-escaped, so plan text can never break the markup.
/// </summary>
internal static class MarkupEncoder
{
    public static string Encode(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        // Forbidden characters go first: NFC normalisation throws on lone surrogates and U+FFFE/U+FFFF.
        var clean = TextNormalizer.Normalize(TextNormalizer.RemoveInvalidXmlCharacters(text));
        if (clean.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return clean;
        }
        var builder = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }
}
