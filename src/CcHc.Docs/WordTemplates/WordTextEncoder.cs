using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// How a value is printed inside a run's text: NFC-normalised, stripped of characters XML 1.0 forbids (control
/// characters), XML-escaped so no markup can be injected, and with line breaks and tabs as Word's own elements.
/// </summary>
internal sealed class WordTextEncoder
{
    private readonly string _break;
    private readonly string _tab;

    /// <param name="prefix">The prefix the part binds to the WordprocessingML namespace ("w" in every real file).</param>
    public WordTextEncoder(string prefix)
    {
        var p = prefix.Length == 0 ? "" : prefix + ":";
        _break = $"</{p}t><{p}br/><{p}t xml:space=\"preserve\">";
        _tab = $"</{p}t><{p}tab/><{p}t xml:space=\"preserve\">";
    }

    public string Encode(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var clean = TextNormalizer.RemoveInvalidXmlCharacters(TextNormalizer.Normalize(text));
        if (clean.AsSpan().IndexOfAny("<>&\r\n\t") < 0)
        {
            return clean;
        }
        var builder = new StringBuilder(clean.Length + 32);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\t':
                    builder.Append(_tab);
                    break;
                case '\r':
                    if (i + 1 < clean.Length && clean[i + 1] == '\n')
                    {
                        i++;
                    }
                    builder.Append(_break);
                    break;
                case '\n':
                    builder.Append(_break);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
