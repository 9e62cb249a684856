using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// Section properties (w:sectPr) and the header part's root (w:hdr).

/// <summary>w:sectPr.</summary>
internal sealed class SectionProperties : WordElement
{
    public SectionProperties(params WordElement[] children)
        : base("sectPr") => Append(children);
}

/// <summary>w:headerReference: which header part (by relationship id) a kind of page uses.</summary>
internal sealed class HeaderReference() : WordElement("headerReference")
{
    public HeaderFooterValues? Type { get; set; }

    public string? Id { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "type", Type);
        if (Id is not null)
        {
            xml.WriteAttributeString("r", "id", WordXml.RelationshipsNamespace, Id);
        }
    }
}

/// <summary>w:type in w:sectPr.</summary>
internal sealed class SectionType() : WordElement("type")
{
    public SectionMarkValues? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:pgSz (twips).</summary>
internal sealed class PageSize() : WordElement("pgSz")
{
    public uint? Width { get; set; }

    public uint? Height { get; set; }

    public PageOrientationValues? Orient { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "w", Width);
        Attribute(xml, "h", Height);
        Attribute(xml, "orient", Orient);
    }
}

/// <summary>w:pgMar (twips).</summary>
internal sealed class PageMargin() : WordElement("pgMar")
{
    public int? Top { get; set; }

    public uint? Right { get; set; }

    public int? Bottom { get; set; }

    public uint? Left { get; set; }

    public uint? Header { get; set; }

    public uint? Footer { get; set; }

    public uint? Gutter { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "top", Top);
        Attribute(xml, "right", Right);
        Attribute(xml, "bottom", Bottom);
        Attribute(xml, "left", Left);
        Attribute(xml, "header", Header);
        Attribute(xml, "footer", Footer);
        Attribute(xml, "gutter", Gutter);
    }
}

/// <summary>w:pgNumType.</summary>
internal sealed class PageNumberType() : WordElement("pgNumType")
{
    public int? Start { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "start", Start);
}

/// <summary>w:titlePg: whether the first page uses the "first" header.</summary>
internal sealed class TitlePage() : WordElement("titlePg")
{
    public bool? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:docGrid.</summary>
internal sealed class DocGrid() : WordElement("docGrid")
{
    public int? LinePitch { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "linePitch", LinePitch);
}

/// <summary>w:hdr, the root of a header part.</summary>
internal sealed class Header : WordElement
{
    public Header(params WordElement[] children)
        : base("hdr") => Append(children);
}
