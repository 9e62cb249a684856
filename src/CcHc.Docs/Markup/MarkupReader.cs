using System.Xml;

namespace CcHc.Docs.Markup;

/// <summary>
/// The parser's single forward-only pass over the markup: an <see cref="XmlReader"/> (DTDs prohibited,
/// no resolver) that refuses nesting deeper than <see cref="MarkupParser.MaxDepth"/>, turns XML errors
/// into <see cref="MarkupException"/>s, and walks an element's children.
/// </summary>
/// <remarks>
/// Element readers are called with the reader on an element's start tag and return with it on the
/// element's last node (its end tag, or the start tag of an empty element).
/// </remarks>
internal sealed class MarkupReader : IDisposable
{
    private readonly string _markup;
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lines;

    public MarkupReader(string markup, string sourceName)
    {
        _markup = markup;
        SourceName = sourceName;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        _xml = XmlReader.Create(new StringReader(markup), settings);
        _lines = (IXmlLineInfo)_xml;
    }

    public string SourceName { get; }

    /// <summary>
    /// True once a syntax error (malformed XML, nesting too deep) was thrown. Such an error outranks
    /// every other problem, wherever it is in the markup, so nothing may replace it.
    /// </summary>
    public bool SyntaxFailed { get; private set; }

    public XmlNodeType NodeType => _xml.NodeType;

    public int Depth => _xml.Depth;

    public int Line => _lines.LineNumber;

    public int Column => _lines.LinePosition;

    public string LocalName => _xml.LocalName;

    public string NamespaceUri => _xml.NamespaceURI;

    public bool IsElement => _xml.NodeType == XmlNodeType.Element;

    /// <summary>The current node's value (text, attribute).</summary>
    public string Value
    {
        get
        {
            try
            {
                return _xml.Value;
            }
            catch (XmlException ex)
            {
                throw Syntax(ex);
            }
        }
    }

    /// <summary>True on text or CDATA that holds more than whitespace: text where only elements belong.</summary>
    public bool IsStrayText =>
        _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(Value);

    /// <summary>Moves to the next node; checks nesting depth.</summary>
    public bool Read()
    {
        bool more;
        try
        {
            more = _xml.Read();
        }
        catch (XmlException ex)
        {
            throw Syntax(ex);
        }

        if (more && _xml.Depth > MarkupParser.MaxDepth)
        {
            SyntaxFailed = true;
            throw new MarkupException(
                SourceName, Line, Column, _xml.LocalName,
                $"Elements are nested more than {MarkupParser.MaxDepth} levels deep; the markup never needs that many. Close the open elements.");
        }

        return more;
    }

    /// <summary>Moves to the document element.</summary>
    public ElementStart ReadRoot()
    {
        while (Read())
        {
            if (IsElement)
            {
                return Element();
            }
        }

        // The XML reader reports a missing root element itself; this is a safety net.
        throw new MarkupException(SourceName, 0, 0, null, "The markup is empty; it must be a <document> element.");
    }

    /// <summary>The element the reader is on.</summary>
    public ElementStart Element() =>
        new(_xml.LocalName, _xml.NamespaceURI, Line, Column, _xml.Depth, _xml.IsEmptyElement);

    /// <summary>
    /// Moves to the next child node of <paramref name="parent"/>; false (on its end tag) when there is none.
    /// The reader must be on the parent's start tag or on the last node of the previous child.
    /// </summary>
    public bool NextChild(in ElementStart parent)
    {
        if (parent.IsEmpty && _xml.Depth == parent.Depth)
        {
            return false;
        }

        Read();
        return _xml.Depth > parent.Depth;
    }

    /// <summary>Moves to the last node of <paramref name="element"/> from wherever inside it the reader is.</summary>
    public void SkipToEnd(in ElementStart element)
    {
        if (_xml.NodeType == XmlNodeType.Attribute)
        {
            _xml.MoveToElement();
        }

        if (_xml.Depth == element.Depth && (element.IsEmpty || _xml.NodeType == XmlNodeType.EndElement))
        {
            return;
        }

        while (Read() && _xml.Depth > element.Depth)
        {
        }
    }

    /// <summary>Moves to the next node inside <paramref name="element"/>; false (on its end tag) when there is none.</summary>
    public bool ReadWithin(in ElementStart element)
    {
        if (_xml.NodeType == XmlNodeType.Attribute)
        {
            _xml.MoveToElement();
        }

        if (_xml.Depth <= element.Depth)
        {
            return false;
        }

        return Read() && _xml.Depth > element.Depth;
    }

    /// <summary>
    /// From the current node on, finds the first text directly inside <paramref name="parent"/> that is not
    /// whitespace; true with the reader on it, false at the parent's end.
    /// </summary>
    public bool SeekStrayText(in ElementStart parent)
    {
        if (_xml.NodeType == XmlNodeType.Attribute)
        {
            _xml.MoveToElement();
        }

        while (_xml.Depth > parent.Depth)
        {
            if (_xml.Depth == parent.Depth + 1 && IsStrayText)
            {
                return true;
            }

            Read();
        }

        return false;
    }

    /// <summary>Reads to the end of the markup, so that any later syntax error is found.</summary>
    public void ReadToEnd()
    {
        if (_xml.NodeType == XmlNodeType.Attribute)
        {
            _xml.MoveToElement();
        }

        while (Read())
        {
        }
    }

    public bool HasAttributes => _xml.AttributeCount != 0;

    public bool MoveToFirstAttribute() => _xml.MoveToFirstAttribute();

    public bool MoveToNextAttribute() => _xml.MoveToNextAttribute();

    public void MoveToElement() => _xml.MoveToElement();

    /// <summary>The attribute <paramref name="name"/> (no namespace) of the element the reader is on.</summary>
    public AttributeValue? Attribute(string name)
    {
        if (_xml.AttributeCount == 0 || !_xml.MoveToAttribute(name, string.Empty))
        {
            return null;
        }

        var attribute = new AttributeValue(Value, Line, Column);
        _xml.MoveToElement();
        return attribute;
    }

    public void Dispose() => _xml.Dispose();

    private MarkupException Syntax(XmlException ex)
    {
        SyntaxFailed = true;
        return XmlErrors.ToMarkupException(ex, _markup, SourceName);
    }
}
