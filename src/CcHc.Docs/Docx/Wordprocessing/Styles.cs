using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// The styles part (w:styles): document defaults and named styles.

/// <summary>w:styles, the root of styles.xml.</summary>
internal sealed class Styles : WordElement
{
    public Styles(params WordElement[] children)
        : base("styles") => Append(children);
}

/// <summary>w:docDefaults.</summary>
internal sealed class DocDefaults : WordElement
{
    public DocDefaults(params WordElement[] children)
        : base("docDefaults") => Append(children);
}

/// <summary>w:rPrDefault.</summary>
internal sealed class RunPropertiesDefault : WordElement
{
    public RunPropertiesDefault(params WordElement[] children)
        : base("rPrDefault") => Append(children);
}

/// <summary>w:pPrDefault.</summary>
internal sealed class ParagraphPropertiesDefault : WordElement
{
    public ParagraphPropertiesDefault(params WordElement[] children)
        : base("pPrDefault") => Append(children);
}

/// <summary>w:style.</summary>
internal sealed class Style() : WordElement("style")
{
    public StyleValues? Type { get; set; }

    public string? StyleId { get; set; }

    public bool? Default { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "type", Type);
        Attribute(xml, "styleId", StyleId);
        Attribute(xml, "default", Default);
    }
}

/// <summary>w:name of a style.</summary>
internal sealed class StyleName() : WordElement("name")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:basedOn.</summary>
internal sealed class BasedOn() : WordElement("basedOn")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:qFormat: the style is shown in Word's style gallery.</summary>
internal sealed class PrimaryStyle() : WordElement("qFormat");
