using System.Globalization;
using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

/// <summary>
/// A WordprocessingML element (w: namespace) built in memory and written with an <see cref="XmlWriter"/>: the small,
/// write-only subset of the Open XML SDK's classes that the writer needs, under the SDK's names. The writer used the
/// SDK itself; loading it and compiling its generic code cost a one-shot <c>cchc render</c> about a fifth of its run
/// (docs/performance.md, "One-shot CLI"), for elements the writer only ever writes.
/// </summary>
internal abstract class WordElement
{
    private List<WordElement>? _children;

    protected WordElement(string localName) => LocalName = localName;

    /// <summary>The element's name in the w: namespace ("p", "rPr", …).</summary>
    public string LocalName { get; }

    /// <summary>Whether any child element was added.</summary>
    public bool HasChildren => _children is { Count: > 0 };

    /// <summary>Adds <paramref name="child"/> after the existing children.</summary>
    public void Append(WordElement child) => (_children ??= []).Add(child);

    /// <summary>Adds the children in order after the existing ones.</summary>
    public void Append(IEnumerable<WordElement> children)
    {
        foreach (var child in children)
        {
            Append(child);
        }
    }

    /// <summary>A copy of this element with its attributes, and with copies of its children when <paramref name="deep"/>.</summary>
    public WordElement CloneNode(bool deep)
    {
        var copy = (WordElement)MemberwiseClone();
        copy._children = deep ? _children?.ConvertAll(child => child.CloneNode(true)) : null;
        return copy;
    }

    /// <summary>Writes the element, its attributes and children.</summary>
    public void WriteTo(XmlWriter xml)
    {
        WordXml.Start(xml, LocalName);
        WriteAttributes(xml);
        if (_children is not null)
        {
            foreach (var child in _children)
            {
                child.WriteTo(xml);
            }
        }

        WriteText(xml);
        xml.WriteEndElement();
    }

    /// <summary>Writes the attributes, in the order the schema declares them (as the SDK does).</summary>
    protected virtual void WriteAttributes(XmlWriter xml)
    {
    }

    /// <summary>Writes text content after the children (w:t).</summary>
    protected virtual void WriteText(XmlWriter xml)
    {
    }

    /// <summary>The first child of type <typeparamref name="T"/>, as the SDK's typed properties read it.</summary>
    protected T? Child<T>()
        where T : WordElement
    {
        if (_children is not null)
        {
            foreach (var child in _children)
            {
                if (child is T found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Replaces the child of type <typeparamref name="T"/> with <paramref name="value"/> (or removes it), placing it
    /// where <paramref name="order"/>, the schema's sequence of child names, puts it among the others.
    /// </summary>
    protected void SetChild<T>(T? value, string[] order)
        where T : WordElement
    {
        _children?.RemoveAll(child => child is T);
        if (value is null)
        {
            return;
        }

        _children ??= [];
        var rank = Array.IndexOf(order, value.LocalName);
        var at = _children.FindIndex(child => Rank(order, child) > rank);
        _children.Insert(at < 0 ? _children.Count : at, value);
    }

    /// <summary>Writes w:<paramref name="name"/> when <paramref name="value"/> is set.</summary>
    protected static void Attribute(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            WordXml.Attribute(xml, name, value);
        }
    }

    /// <inheritdoc cref="Attribute(XmlWriter, string, string?)"/>
    protected static void Attribute(XmlWriter xml, string name, long? value) =>
        Attribute(xml, name, value?.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Attribute(XmlWriter, string, string?)"/>
    protected static void Attribute(XmlWriter xml, string name, bool? value) =>
        Attribute(xml, name, value is null ? null : value.Value ? "true" : "false");

    /// <inheritdoc cref="Attribute(XmlWriter, string, string?)"/>
    protected static void Attribute(XmlWriter xml, string name, Enum? value) =>
        Attribute(xml, name, value is null ? null : WordValues.ToXml(value));

    private static int Rank(string[] order, WordElement child)
    {
        var rank = Array.IndexOf(order, child.LocalName);
        return rank < 0 ? int.MaxValue : rank;
    }
}
