using System.Xml;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Reads inline content: text, &lt;b&gt;, &lt;i&gt;, &lt;u&gt; (nested freely), &lt;br/&gt; and, in body blocks and
/// table cells, &lt;footnote&gt;.
/// </summary>
internal sealed class InlineReader
{
    /// <summary>Deeper nesting of b/i/u than this is certainly a template bug, not formatting.</summary>
    public const int MaxNesting = 16;

    public const string AllowedInline = "text, <b>, <i>, <u>, <br/>";

    /// <summary>What body blocks (&lt;p&gt;, &lt;heading&gt;, &lt;item&gt;) and table cells allow.</summary>
    public const string AllowedWithFootnotes = AllowedInline + ", <footnote>";

    private readonly MarkupReader _reader;
    private readonly ElementRules _rules;
    private readonly InlineCollector _blockCollector = new();
    private readonly InlineCollector _noteCollector = new();
    private InlineCollector _collector;
    private bool _footnotesAllowed;

    public InlineReader(MarkupReader reader, ElementRules rules)
    {
        _reader = reader;
        _rules = rules;
        _collector = _blockCollector;
    }

    /// <summary>Reads the whole content of <paramref name="block"/> as inline content; <paramref name="footnotes"/> allows &lt;footnote&gt;.</summary>
    public MarkupInline[] Read(in ElementStart block, bool footnotes = false)
    {
        _footnotesAllowed = footnotes;
        try
        {
            ReadContent(block, default, 0);
        }
        finally
        {
            _footnotesAllowed = false;
        }

        return _collector.Finish();
    }

    /// <summary>Reads content that must be plain text (no formatting, no line breaks).</summary>
    public string ReadPlainText(in ElementStart element)
    {
        _rules.AllowAttributes(element);
        while (_reader.NextChild(element))
        {
            if (_reader.IsElement)
            {
                var child = _reader.Element();
                _rules.Fail(child, $"<{element.Name}> takes plain text only; remove <{child.Name}>.");
            }

            AddTextNode(default);
        }

        var text = string.Concat(_collector.Finish().OfType<TextSpan>().Select(s => s.Text));
        if (text.Length == 0)
        {
            _rules.Fail(element, $"<{element.Name}> is empty; write its text or leave the element out.");
        }

        return text;
    }

    /// <summary>Adds the text node the reader is on to the current block.</summary>
    public void AddTextNode(InlineFormat format)
    {
        switch (_reader.NodeType)
        {
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                _collector.AddWhitespace(format);
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA:
                _collector.AddText(_reader.Value, format);
                break;
        }
    }

    /// <summary>Reads one inline element (the reader is on it) of a table cell into the current block; footnotes are allowed.</summary>
    public void ReadElement(in ElementStart parent, in ElementStart element)
    {
        _footnotesAllowed = true;
        try
        {
            ReadElement(parent, element, default, 0);
        }
        finally
        {
            _footnotesAllowed = false;
        }
    }

    /// <summary>The current block's content; the reader is ready for the next block.</summary>
    public MarkupInline[] Finish() => _collector.Finish();

    /// <summary>Forgets the current block's content.</summary>
    public void Discard()
    {
        _collector = _blockCollector;
        _noteCollector.Discard();
        _blockCollector.Discard();
    }

    private void ReadContent(in ElementStart parent, InlineFormat format, int depth)
    {
        while (_reader.NextChild(parent))
        {
            if (_reader.IsElement)
            {
                ReadElement(parent, _reader.Element(), format, depth);
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
        if (name == "footnote")
        {
            ReadFootnote(parent, element, depth);
            return;
        }

        if (name is not ("br" or "b" or "i" or "u"))
        {
            var allowed = _footnotesAllowed ? AllowedWithFootnotes : AllowedInline;
            _rules.Fail(element, $"<{element.Name}> is not allowed inside <{parent.Name}>; allowed here: {allowed}.");
        }

        _rules.AllowAttributes(element);
        if (name == "br")
        {
            if (_reader.NextChild(element))
            {
                _rules.Fail(element, "<br/> is an empty element; write <br/>.");
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
            _rules.Fail(element, $"Inline formatting is nested more than {MaxNesting} levels deep; close the <b>/<i>/<u> elements.");
        }

        ReadContent(element, inner, depth + 1);
    }

    /// <summary>
    /// A footnote: its text is collected apart (whitespace-trimmed like a block) and the block gets the reference.
    /// The note starts upright and regular whatever surrounds the reference.
    /// </summary>
    private void ReadFootnote(in ElementStart parent, in ElementStart element, int depth)
    {
        if (_collector == _noteCollector)
        {
            _rules.Fail(element, "A <footnote> cannot hold another <footnote>; write the second note after the first one's </footnote>.");
        }

        if (!_footnotesAllowed)
        {
            _rules.Fail(element, $"<footnote> is not allowed inside <{parent.Name}>; footnotes belong in <p>, <heading>, <item> and <cell>.");
        }

        _rules.AllowAttributes(element);
        _collector = _noteCollector;
        MarkupInline[] content;
        try
        {
            ReadContent(element, default, depth + 1);
            content = _noteCollector.Finish();
        }
        finally
        {
            _collector = _blockCollector;
        }

        if (!Array.Exists(content, inline => inline is TextSpan))
        {
            _rules.Fail(element, "<footnote> is empty; write the note's text between <footnote> and </footnote>, or remove it.");
        }

        _collector.AddFootnote(new Footnote(content));
    }
}
