using System.Xml;

namespace CcHc.Docs.Docx;

/// <summary>
/// Short-hands for writing WordprocessingML with an <see cref="XmlWriter"/> under the "w" prefix,
/// for the parts of the body written without building Open XML SDK elements (tables: one object
/// per cell would cost more than the text it holds).
/// </summary>
internal static class WordXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Opens &lt;w:<paramref name="name"/>&gt;.</summary>
    public static void Start(XmlWriter xml, string name) => xml.WriteStartElement("w", name, Namespace);

    /// <summary>Writes w:<paramref name="name"/>="<paramref name="value"/>" on the open element.</summary>
    public static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString("w", name, Namespace, value);

    /// <summary>Writes the empty element &lt;w:<paramref name="name"/> /&gt;.</summary>
    public static void Empty(XmlWriter xml, string name)
    {
        Start(xml, name);
        xml.WriteEndElement();
    }

    /// <summary>Writes &lt;w:<paramref name="name"/> w:val="…" /&gt;.</summary>
    public static void Value(XmlWriter xml, string name, string value)
    {
        Start(xml, name);
        Attribute(xml, "val", value);
        xml.WriteEndElement();
    }

    /// <summary>Writes &lt;w:<paramref name="name"/> w:w="…" w:type="dxa" /&gt; (a width in twips).</summary>
    public static void Width(XmlWriter xml, string name, string twips)
    {
        Start(xml, name);
        Attribute(xml, "w", twips);
        Attribute(xml, "type", "dxa");
        xml.WriteEndElement();
    }

    /// <summary>Writes &lt;w:t&gt;, keeping leading and trailing spaces with xml:space="preserve".</summary>
    public static void Text(XmlWriter xml, string text)
    {
        Start(xml, "t");
        if (text.Length > 0)
        {
            if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            {
                xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
            }

            xml.WriteString(text);
        }

        xml.WriteEndElement();
    }
}
