using System.Text;
using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Finds the <c>{{ … }}</c> tags of one paragraph in the text of its runs, wherever Word split them (spell-check
/// marks, bookmarks, revision ids, a formatting change inside the tag), and moves each tag whole into the text
/// element where it starts, as a marker. The value then takes that run's formatting; text outside tags stays in its runs.
/// </summary>
internal static class TagJoiner
{
    /// <summary>The paragraph's own text elements (not those of a text box inside it), in order.</summary>
    public static List<XElement> TextElements(XElement paragraph)
    {
        var texts = new List<XElement>();
        foreach (var t in paragraph.Descendants(WordNames.Text))
        {
            if (t.Ancestors(WordNames.Paragraph).First() == paragraph)
            {
                texts.Add(t);
            }
        }
        return texts;
    }

    /// <summary>The paragraph's text as a reader sees it.</summary>
    public static string TextOf(List<XElement> texts) => string.Concat(texts.Select(t => t.Value));

    /// <summary>
    /// Replaces every tag in the paragraph by its marker and returns the tags. <paramref name="nextId"/> numbers them across the part.
    /// </summary>
    /// <exception cref="DocxTemplateException">A tag opens and does not close in the paragraph.</exception>
    public static List<TemplateTag> Join(XElement paragraph, List<XElement> texts, string fullText, Func<int, TagPlace> placeAt, ref int nextId)
    {
        var tags = new List<TemplateTag>();
        var spans = new List<(int Start, int End)>();
        var position = 0;
        while ((position = fullText.IndexOf("{{", position, StringComparison.Ordinal)) >= 0)
        {
            var end = fullText.IndexOf("}}", position + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw placeAt(position + 1).Error("this tag opens with {{ and does not close with }} in the same paragraph; type the whole tag in one paragraph.");
            }
            spans.Add((position, end + 2));
            var code = Plain(fullText[(position + 2)..end]);
            tags.Add(new TemplateTag(nextId++, code, paragraph, placeAt(position + 1)));
            position = end + 2;
        }
        if (tags.Count == 0)
        {
            return tags;
        }

        // Rebuild each text element: characters outside tags stay where they were; a tag becomes its marker in
        // the element holding its first character.
        var builders = texts.Select(_ => new StringBuilder()).ToArray();
        var offset = 0;
        var tag = 0;
        for (var k = 0; k < texts.Count; k++)
        {
            var value = texts[k].Value;
            for (var i = 0; i < value.Length; i++, offset++)
            {
                while (tag < spans.Count && offset >= spans[tag].End)
                {
                    tag++;
                }
                if (tag < spans.Count && offset >= spans[tag].Start)
                {
                    if (offset == spans[tag].Start)
                    {
                        builders[k].Append(tags[tag].Marker);
                    }
                    continue;
                }
                builders[k].Append(value[i]);
            }
        }
        for (var k = 0; k < texts.Count; k++)
        {
            var text = texts[k];
            var rebuilt = builders[k].ToString();
            if (rebuilt.Length == 0 && text.Value.Length > 0)
            {
                var run = text.Parent;
                text.Remove();
                if (run is not null && run.Name == WordNames.Run && !run.Elements().Any(e => e.Name != WordNames.RunProperties))
                {
                    run.Remove();
                }
                continue;
            }
            if (rebuilt != text.Value)
            {
                text.Value = rebuilt;
                text.SetAttributeValue(WordNames.XmlNs + "space", "preserve");
            }
        }
        return tags;
    }

    // Word types curly quotes and may put no-break spaces in what the author meant as code.
    private static string Plain(string code) => code
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"')
        .Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace('\u00A0', ' ');
}
