using System.Globalization;
using System.Xml;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Forward-only reading helpers for WordprocessingML parts: the two namespaces of the main vocabulary
/// (transitional and strict), attribute values, on/off toggles, and moving over an element's children.
/// Every helper that takes an element leaves the reader on that element's end (or on the element when it is empty).
/// </summary>
internal static class WordXml
{
    public const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XmlReader Open(Stream part) => XmlReader.Create(part, Settings);

    /// <summary>True when the reader is on an element of the WordprocessingML main namespace.</summary>
    public static bool IsWord(XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        return ns == Transitional || ns == Strict;
    }

    /// <summary>The value of the element's attribute <paramref name="localName"/> in the element's own namespace (w:val on w:b).</summary>
    public static string? Attribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, reader.NamespaceURI);

    public static int? IntAttribute(XmlReader reader, string localName) =>
        int.TryParse(Attribute(reader, localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An on/off element (w:b, w:pageBreakBefore): no w:val or a true value means on.</summary>
    public static bool IsOn(XmlReader reader) => Attribute(reader, "val") is not { } value || value is "1" or "true" or "on";

    /// <summary>
    /// The child elements of the element the reader is on, in order, without allocating: the reader is on each
    /// child in turn, and whatever of a child the loop body leaves unread is moved over before the next.
    /// </summary>
    public static ChildElements Children(XmlReader reader) => new(reader);

    /// <summary>Reads the first child element named <paramref name="localName"/> with <paramref name="read"/>; null when there is none.</summary>
    public static T? First<T>(XmlReader reader, string localName, Func<XmlReader, T?> read)
        where T : struct
    {
        T? result = null;
        foreach (var child in Children(reader))
        {
            if (result is null && IsWord(child) && child.LocalName == localName)
            {
                result = read(child);
            }
        }
        return result;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/>; false on its end tag.
    /// Call it first with the reader on the parent's start tag (and not at all when the parent is empty).
    /// </summary>
    public static bool NextChild(XmlReader reader, int depth)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Moves over the children of the start tag the reader is on, to its end tag; does nothing when the reader is
    /// on an empty element or already on an end tag (a reading helper consumed the element).
    /// </summary>
    public static void SkipChildren(XmlReader reader)
    {
        if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
        }
    }
}

/// <summary>The child elements of one element, as <see cref="WordXml.Children"/> walks them.</summary>
internal readonly struct ChildElements(XmlReader reader)
{
    public Enumerator GetEnumerator() => new(reader);

    /// <summary>Walks the children; the reader ends on the parent's end tag (or on the parent, when it is empty).</summary>
    public struct Enumerator(XmlReader reader)
    {
        private readonly int depth = reader.Depth;
        private bool done = reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement;
        private bool started;

        public readonly XmlReader Current => reader;

        public bool MoveNext()
        {
            if (done)
            {
                return false;
            }
            if (started)
            {
                WordXml.SkipChildren(reader);
            }
            started = true;
            done = !WordXml.NextChild(reader, depth);
            return !done;
        }
    }
}
