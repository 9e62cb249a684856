using Scriban;
using Scriban.Parsing;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// The Scriban context of a Word template render: every value a tag prints goes through <see cref="WordTextEncoder"/>;
/// the part's own XML (raw text to Scriban) is written unchanged.
/// </summary>
internal sealed class WordOutputContext : TemplateContext
{
    private readonly WordTextEncoder _encoder;

    public WordOutputContext(WordTextEncoder encoder) => _encoder = encoder;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }
        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(_encoder.Encode(text));
        }
        return this;
    }
}
