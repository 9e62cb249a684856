using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>The WordprocessingML element names the template compiler looks at.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XName Paragraph = W + "p";
    public static readonly XName ParagraphProperties = W + "pPr";
    public static readonly XName SectionProperties = W + "sectPr";
    public static readonly XName Run = W + "r";
    public static readonly XName RunProperties = W + "rPr";
    public static readonly XName Text = W + "t";
    public static readonly XName Row = W + "tr";
    public static readonly XName Cell = W + "tc";
    public static readonly XName CellProperties = W + "tcPr";
    public static readonly XNamespace XmlNs = XNamespace.Xml;
}
