using System.Xml.Linq;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads inline content: text, &lt;b&gt;, &lt;i&gt;, &lt;u&gt; (nested freely) and &lt;br/&gt;.</summary>
internal sealed class InlineReader(ElementRules rules)
{
    /// <summary>Deeper nesting of b/i/u than this is certainly a template bug, not formatting.</summary>
    public const int MaxNesting = 16;

    public const string AllowedInline = "text, <b>, <i>, <u>, <br/>";

    public IReadOnlyList<MarkupInline> Read(XElement block)
    {
        var collector = new InlineCollector();
        ReadContent(block, collector, default, 0);
        return collector.Finish();
    }

    /// <summary>Reads content that must be plain text (no formatting, no line breaks).</summary>
    public string ReadPlainText(XElement element)
    {
        rules.AllowAttributes(element);
        foreach (var child in element.Elements())
        {
            rules.Fail(child, $"<{element.Name.LocalName}> takes plain text only; remove <{child.Name.LocalName}>.");
        }

        var inlines = Read(element);
        var text = string.Concat(inlines.OfType<TextSpan>().Select(s => s.Text));
        if (text.Length == 0)
        {
            rules.Fail(element, $"<{element.Name.LocalName}> is empty; write its text or leave the element out.");
        }

        return text;
    }

    private void ReadContent(XElement parent, InlineCollector collector, InlineFormat format, int depth)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XText text:
                    collector.AddText(text.Value, format);
                    break;
                case XElement element:
                    ReadElement(parent, element, collector, format, depth);
                    break;
            }
        }
    }

    private void ReadElement(XElement parent, XElement element, InlineCollector collector, InlineFormat format, int depth)
    {
        var name = element.Name.NamespaceName.Length == 0 ? element.Name.LocalName : string.Empty;
        if (name is not ("br" or "b" or "i" or "u"))
        {
            rules.Fail(element, $"<{element.Name.LocalName}> is not allowed inside <{parent.Name.LocalName}>; allowed here: {AllowedInline}.");
        }

        rules.AllowAttributes(element);
        if (name == "br")
        {
            if (!element.IsEmpty && element.Nodes().Any())
            {
                rules.Fail(element, "<br/> is an empty element; write <br/>.");
            }

            collector.AddLineBreak();
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

        ReadContent(element, collector, inner, depth + 1);
    }
}
