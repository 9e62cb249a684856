using System.Xml;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads inline content: text, &lt;b&gt;, &lt;i&gt;, &lt;u&gt; (nested freely) and &lt;br/&gt;.</summary>
internal sealed class InlineReader(MarkupReader reader, ElementRules rules)
{
    /// <summary>Deeper nesting of b/i/u than this is certainly a template bug, not formatting.</summary>
    public const int MaxNesting = 16;

    public const string AllowedInline = "text, <b>, <i>, <u>, <br/>";

    private readonly InlineCollector _collector = new();

    /// <summary>Reads the whole content of <paramref name="block"/> as inline content.</summary>
    public MarkupInline[] Read(in ElementStart block)
    {
        ReadContent(block, default, 0);
        return _collector.Finish();
    }

    /// <summary>Reads content that must be plain text (no formatting, no line breaks).</summary>
    public string ReadPlainText(in ElementStart element)
    {
        rules.AllowAttributes(element);
        while (reader.NextChild(element))
        {
            if (reader.IsElement)
            {
                var child = reader.Element();
                rules.Fail(child, $"<{element.Name}> takes plain text only; remove <{child.Name}>.");
            }

            AddTextNode(default);
        }

        var text = string.Concat(_collector.Finish().OfType<TextSpan>().Select(s => s.Text));
        if (text.Length == 0)
        {
            rules.Fail(element, $"<{element.Name}> is empty; write its text or leave the element out.");
        }

        return text;
    }

    /// <summary>Adds the text node the reader is on to the current block.</summary>
    public void AddTextNode(InlineFormat format)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                _collector.AddWhitespace(format);
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA:
                _collector.AddText(reader.Value, format);
                break;
        }
    }

    /// <summary>Reads one inline element (the reader is on it) of <paramref name="parent"/> into the current block.</summary>
    public void ReadElement(in ElementStart parent, in ElementStart element) => ReadElement(parent, element, default, 0);

    /// <summary>The current block's content; the reader is ready for the next block.</summary>
    public MarkupInline[] Finish() => _collector.Finish();

    /// <summary>Forgets the current block's content.</summary>
    public void Discard() => _collector.Discard();

    private void ReadContent(in ElementStart parent, InlineFormat format, int depth)
    {
        while (reader.NextChild(parent))
        {
            if (reader.IsElement)
            {
                ReadElement(parent, reader.Element(), format, depth);
            }
            else
            {
                AddTextNode(format);
            }
        }
    }

    private void ReadElement(in ElementStart parent, in ElementStart element, InlineFormat format, int depth)
    {
        var name = element.MarkupName;
        if (name is not ("br" or "b" or "i" or "u"))
        {
            rules.Fail(element, $"<{element.Name}> is not allowed inside <{parent.Name}>; allowed here: {AllowedInline}.");
        }

        rules.AllowAttributes(element);
        if (name == "br")
        {
            if (reader.NextChild(element))
            {
                rules.Fail(element, "<br/> is an empty element; write <br/>.");
            }

            _collector.AddLineBreak();
            return;
        }

        var inner = name switch
        {
            "b" => format with { Bold = true },
            "i" => format with { Italic = true },
            _ => format with { Underline = true },
        };
        if (depth >= MaxNesting)
        {
            rules.Fail(element, $"Inline formatting is nested more than {MaxNesting} levels deep; close the <b>/<i>/<u> elements.");
        }

        ReadContent(element, inner, depth + 1);
    }
}
