using System.Text;
using System.Xml;
using System.Xml.Linq;
using Scriban;
using Scriban.Parsing;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Turns one part's XML into a Scriban template: tags are joined and numbered paragraph by paragraph, a
/// paragraph or row that holds only a block tag is replaced by the tag, the tree is serialised, and each
/// marker becomes its Scriban code while the XML around it becomes raw text.
/// </summary>
internal static class PartCompiler
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /// <exception cref="DocxTemplateException">A tag is malformed, a block is unbalanced, or Scriban rejects the code.</exception>
    public static CompiledPart? Compile(string templateName, string entryName, string displayName, string xml)
    {
        if (!xml.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new DocxTemplateException($"{templateName}: {displayName} is not well-formed XML: {e.Message}", displayName, inner: e);
        }

        var paragraphs = document.Descendants(WordNames.Paragraph).ToList();
        var tags = new List<TemplateTag>();
        var texts = new Dictionary<XElement, string>();
        var nextId = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var elements = TagJoiner.TextElements(paragraph);
            var text = TagJoiner.TextOf(elements);
            texts[paragraph] = text;
            if (!text.Contains("{{", StringComparison.Ordinal))
            {
                continue;
            }
            var number = i + 1;
            tags.AddRange(TagJoiner.Join(paragraph, elements, text, column => new TagPlace(templateName, displayName, number, text, column), ref nextId));
        }
        if (tags.Count == 0)
        {
            return null;
        }

        var needsRepair = Restructure(tags, texts);
        var renumber = tags.Any(t => t.Kind == TagKind.Open) && RepeatedIds.Concern(xml);
        return Parse(templateName, entryName, displayName, Declaration + document.Root!.ToString(SaveOptions.DisableFormatting), tags, needsRepair, renumber);
    }

    // Decides for each tag whether it works on rows, paragraphs or text, checks the blocks balance, and puts
    // row and paragraph block tags in place of their row or paragraph.
    private static bool Restructure(List<TemplateTag> tags, Dictionary<XElement, string> texts)
    {
        var checker = new BlockChecker();
        var needsRepair = false;
        var replacedRows = new HashSet<XElement>();
        foreach (var tag in tags)
        {
            var paragraph = tag.Paragraph;
            if (tag.Kind == TagKind.Inline)
            {
                checker.Add(tag, paragraph, "text");
                continue;
            }
            var row = paragraph.Ancestors(WordNames.Row).FirstOrDefault();
            if (row is not null && HoldsOnly(row, tag, texts))
            {
                checker.Add(tag, row.Parent!, "rows");
                if (replacedRows.Add(row))
                {
                    row.ReplaceWith(new XText(tag.Marker));
                }
                continue;
            }
            if (RawCode(texts[paragraph]) is not null)
            {
                var container = paragraph.Parent!;
                checker.Add(tag, container, "paragraphs");
                needsRepair |= container.Name == WordNames.Cell || paragraph.ElementsAfterSelf().FirstOrDefault()?.Name == WordNames.SectionProperties;
                ReplaceParagraph(paragraph, tag);
                continue;
            }
            checker.Add(tag, paragraph, "text");
        }
        checker.Finish();
        return needsRepair;
    }

    // The code of the only tag of a paragraph's text, or null when the text is not exactly one tag.
    private static string? RawCode(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("{{", StringComparison.Ordinal) || !trimmed.EndsWith("}}", StringComparison.Ordinal))
        {
            return null;
        }
        var inner = trimmed[2..^2];
        return inner.Contains("{{", StringComparison.Ordinal) || inner.Contains("}}", StringComparison.Ordinal) ? null : inner;
    }

    // A row whose only text, over all its cells, is this one tag.
    private static bool HoldsOnly(XElement row, TemplateTag tag, Dictionary<XElement, string> texts)
    {
        var text = new StringBuilder();
        foreach (var paragraph in row.Descendants(WordNames.Paragraph))
        {
            if (paragraph.Ancestors(WordNames.Row).First() == row && texts.TryGetValue(paragraph, out var t))
            {
                text.Append(t);
            }
        }
        var all = text.ToString();
        return RawCode(all) is not null && tag.Paragraph.Ancestors(WordNames.Row).First() == row;
    }

    // A paragraph that carries a section break keeps it (without its text), outside the block.
    private static void ReplaceParagraph(XElement paragraph, TemplateTag tag)
    {
        var properties = paragraph.Element(WordNames.ParagraphProperties);
        if (properties?.Element(WordNames.SectionProperties) is null)
        {
            paragraph.ReplaceWith(new XText(tag.Marker));
            return;
        }
        var bare = new XElement(paragraph.Name, paragraph.Attributes(), new XElement(properties));
        if (tag.Kind == TagKind.Open)
        {
            paragraph.ReplaceWith(bare, new XText(tag.Marker));
        }
        else
        {
            paragraph.ReplaceWith(new XText(tag.Marker), bare);
        }
    }

    private static CompiledPart Parse(string templateName, string entryName, string displayName, string xml, List<TemplateTag> tags, bool needsRepair, bool renumber)
    {
        var builder = new StringBuilder(xml.Length + tags.Count * 16);
        var spans = new List<(int, int, TemplateTag)>(tags.Count);
        var position = 0;
        while (true)
        {
            var open = xml.IndexOf(TagMarkers.Open, position);
            var raw = open < 0 ? xml[position..] : xml[position..open];
            AppendRaw(builder, raw);
            if (open < 0)
            {
                break;
            }
            var close = xml.IndexOf(TagMarkers.Close, open);
            var tag = tags[int.Parse(xml.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture)];
            var start = builder.Length;
            builder.Append("{{").Append(tag.Code).Append("}}");
            spans.Add((start, builder.Length, tag));
            position = close + 1;
        }

        var text = builder.ToString();
        var template = Template.Parse(text, templateName + ":" + displayName, lexerOptions: new LexerOptions { Mode = ScriptMode.Default });
        var part = new CompiledPart(entryName, displayName, template, spans.ToArray(), needsRepair, renumber);
        if (template.HasErrors)
        {
            var message = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw Locate(templateName, displayName, part, message.Span, message.Message);
        }
        return part;
    }

    /// <summary>An exception for a Scriban message at <paramref name="span"/>, named by the tag there.</summary>
    public static DocxTemplateException Locate(string templateName, string displayName, CompiledPart part, SourceSpan span, string message, Exception? inner = null)
    {
        if (part.TagAt(span.Start.Offset) is { } hit)
        {
            // The tag's code starts after "{{", which is two columns of the paragraph.
            return hit.Tag.Place.Error(message, hit.Offset, inner);
        }
        if (part.TagBefore(span.Start.Offset) is { } before)
        {
            return before.Place.Error(message, 0, inner);
        }
        return new DocxTemplateException($"{templateName}: {displayName}: {message}", displayName, inner: inner);
    }

    private static void AppendRaw(StringBuilder builder, string raw)
    {
        if (!raw.Contains("{{", StringComparison.Ordinal))
        {
            builder.Append(raw);
            return;
        }
        // Braces that are not tags (in a field code or an attribute) pass through as escaped raw text.
        builder.Append("{%{").Append(raw).Append("}%}");
    }
}
