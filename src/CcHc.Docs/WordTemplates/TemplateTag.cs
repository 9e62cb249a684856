using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>One <c>{{ … }}</c> tag found in a paragraph: its Scriban code, what it does to blocks, and where it is.</summary>
internal sealed partial class TemplateTag
{
    public TemplateTag(int id, string code, XElement paragraph, TagPlace place)
    {
        Id = id;
        Code = code;
        Paragraph = paragraph;
        Place = place;
        (Kind, Keyword) = Classify(code);
    }

    public int Id { get; }

    /// <summary>The text between the braces, with Word's typographic quotes and no-break spaces made plain.</summary>
    public string Code { get; }

    public XElement Paragraph { get; }

    public TagPlace Place { get; }

    public TagKind Kind { get; }

    /// <summary>The first word of the code ("for", "end" …).</summary>
    public string Keyword { get; }

    /// <summary>The marker that stands for this tag in the serialised part until it becomes Scriban code.</summary>
    public string Marker => $"{TagMarkers.Open}{Id}{TagMarkers.Close}";

    private static (TagKind, string) Classify(string code)
    {
        var trimmed = code.Trim().TrimStart('~', '-').TrimEnd('~', '-').Trim();
        var keyword = FirstWord().Match(trimmed).Value;
        var kind = keyword switch
        {
            "for" or "while" or "if" or "case" or "capture" or "with" or "wrap" or "func" or "tablerow" =>
                ClosesItself().IsMatch(trimmed) ? TagKind.Inline : TagKind.Open,
            "else" or "when" => TagKind.Middle,
            "end" => TagKind.End,
            _ => TagKind.Inline,
        };
        return (kind, keyword);
    }

    [GeneratedRegex(@"^[a-z_]+(?![\w.\[])")]
    private static partial Regex FirstWord();

    // "{{ if x; 'a'; end }}": a whole block in one tag.
    [GeneratedRegex(@"[\s;]end$")]
    private static partial Regex ClosesItself();
}
