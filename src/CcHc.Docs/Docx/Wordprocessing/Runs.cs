using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// Runs, their properties and content (w:r, w:rPr, w:t, w:br, w:fldSimple).

/// <summary>w:r.</summary>
internal sealed class Run : WordElement
{
    public Run(params WordElement[] children)
        : base("r") => Append(children);
}

/// <summary>The children of w:rPr the writer sets, as typed properties that keep the schema's order.</summary>
internal abstract class RunPropertiesBase : WordElement
{
    private static readonly string[] Order =
    [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath",
    ];

    protected RunPropertiesBase(WordElement[] children)
        : base("rPr") => Append(children);

    public Bold? Bold { get => Child<Bold>(); set => SetChild(value, Order); }

    public Italic? Italic { get => Child<Italic>(); set => SetChild(value, Order); }

    public FontSize? FontSize { get => Child<FontSize>(); set => SetChild(value, Order); }

    public FontSizeComplexScript? FontSizeComplexScript { get => Child<FontSizeComplexScript>(); set => SetChild(value, Order); }

    public Underline? Underline { get => Child<Underline>(); set => SetChild(value, Order); }
}

/// <summary>w:rPr of a run.</summary>
internal sealed class RunProperties(params WordElement[] children) : RunPropertiesBase(children);

/// <summary>w:rPr of a style.</summary>
internal sealed class StyleRunProperties(params WordElement[] children) : RunPropertiesBase(children);

/// <summary>w:rPr of the document defaults.</summary>
internal sealed class RunPropertiesBaseStyle(params WordElement[] children) : RunPropertiesBase(children);

/// <summary>w:rStyle: a character style.</summary>
internal sealed class RunStyle() : WordElement("rStyle")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:vertAlign (superscript for footnote numbers).</summary>
internal sealed class VerticalTextAlignment() : WordElement("vertAlign")
{
    public VerticalPositionValues? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:b; without a value it means on.</summary>
internal sealed class Bold() : WordElement("b")
{
    public bool? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:i; without a value it means on.</summary>
internal sealed class Italic() : WordElement("i")
{
    public bool? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:u.</summary>
internal sealed class Underline() : WordElement("u")
{
    public UnderlineValues? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:sz (half-points, as text).</summary>
internal sealed class FontSize() : WordElement("sz")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:szCs (half-points, as text).</summary>
internal sealed class FontSizeComplexScript() : WordElement("szCs")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:rFonts.</summary>
internal sealed class RunFonts() : WordElement("rFonts")
{
    public string? Ascii { get; set; }

    public string? HighAnsi { get; set; }

    public string? EastAsia { get; set; }

    public string? ComplexScript { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "ascii", Ascii);
        Attribute(xml, "hAnsi", HighAnsi);
        Attribute(xml, "eastAsia", EastAsia);
        Attribute(xml, "cs", ComplexScript);
    }
}

/// <summary>w:color.</summary>
internal sealed class Color() : WordElement("color")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:lang.</summary>
internal sealed class Languages() : WordElement("lang")
{
    public string? Val { get; set; }

    public string? EastAsia { get; set; }

    public string? Bidi { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "val", Val);
        Attribute(xml, "eastAsia", EastAsia);
        Attribute(xml, "bidi", Bidi);
    }
}

/// <summary>w:t; leading or trailing spaces need <see cref="Space"/> = Preserve.</summary>
internal sealed class Text(string text) : WordElement("t")
{
    public SpaceProcessingModeValues? Space { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        if (Space is not null)
        {
            xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
        }
    }

    protected override void WriteText(XmlWriter xml)
    {
        if (text.Length > 0)
        {
            xml.WriteString(text);
        }
    }
}

/// <summary>w:br: a line break, or a page break with <see cref="Type"/> = Page.</summary>
internal sealed class Break() : WordElement("br")
{
    public BreakValues? Type { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "type", Type);
}

/// <summary>w:fldSimple: a field (PAGE) with its last result as the children.</summary>
internal sealed class SimpleField : WordElement
{
    public SimpleField(params WordElement[] children)
        : base("fldSimple") => Append(children);

    public string? Instruction { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "instr", Instruction);
}
