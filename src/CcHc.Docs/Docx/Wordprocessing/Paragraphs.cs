using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// Paragraphs and their properties (w:p, w:pPr and what the writer puts in it).

/// <summary>w:p.</summary>
internal sealed class Paragraph : WordElement
{
    public Paragraph(params WordElement[] children)
        : base("p") => Append(children);

    /// <summary>The paragraph's w:pPr, always its first child.</summary>
    public ParagraphProperties? ParagraphProperties
    {
        get => Child<ParagraphProperties>();
        set => SetChild(value, ["pPr"]);
    }
}

/// <summary>The children of w:pPr the writer sets, as typed properties that keep the schema's order.</summary>
internal abstract class ParagraphPropertiesBase : WordElement
{
    private static readonly string[] Order =
    [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
        "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
        "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
        "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl",
        "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ];

    protected ParagraphPropertiesBase(WordElement[] children)
        : base("pPr") => Append(children);

    public ParagraphStyleId? ParagraphStyleId { get => Child<ParagraphStyleId>(); set => SetChild(value, Order); }

    public KeepNext? KeepNext { get => Child<KeepNext>(); set => SetChild(value, Order); }

    public ParagraphBorders? ParagraphBorders { get => Child<ParagraphBorders>(); set => SetChild(value, Order); }

    public SpacingBetweenLines? SpacingBetweenLines { get => Child<SpacingBetweenLines>(); set => SetChild(value, Order); }

    public Indentation? Indentation { get => Child<Indentation>(); set => SetChild(value, Order); }

    public Justification? Justification { get => Child<Justification>(); set => SetChild(value, Order); }

    public OutlineLevel? OutlineLevel { get => Child<OutlineLevel>(); set => SetChild(value, Order); }
}

/// <summary>w:pPr of a paragraph.</summary>
internal sealed class ParagraphProperties(params WordElement[] children) : ParagraphPropertiesBase(children);

/// <summary>w:pPr of a style.</summary>
internal sealed class StyleParagraphProperties(params WordElement[] children) : ParagraphPropertiesBase(children);

/// <summary>w:pPr of the document defaults.</summary>
internal sealed class ParagraphPropertiesBaseStyle(params WordElement[] children) : ParagraphPropertiesBase(children);

/// <summary>w:pStyle.</summary>
internal sealed class ParagraphStyleId() : WordElement("pStyle")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:keepNext.</summary>
internal sealed class KeepNext() : WordElement("keepNext");

/// <summary>w:pBdr.</summary>
internal sealed class ParagraphBorders : WordElement
{
    public ParagraphBorders(params WordElement[] children)
        : base("pBdr") => Append(children);
}

/// <summary>w:spacing (twips, as text).</summary>
internal sealed class SpacingBetweenLines() : WordElement("spacing")
{
    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Line { get; set; }

    public LineSpacingRuleValues? LineRule { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "before", Before);
        Attribute(xml, "after", After);
        Attribute(xml, "line", Line);
        Attribute(xml, "lineRule", LineRule);
    }
}

/// <summary>w:ind (twips, as text).</summary>
internal sealed class Indentation() : WordElement("ind")
{
    public string? Left { get; set; }

    public string? Right { get; set; }

    public string? Hanging { get; set; }

    public string? FirstLine { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "left", Left);
        Attribute(xml, "right", Right);
        Attribute(xml, "hanging", Hanging);
        Attribute(xml, "firstLine", FirstLine);
    }
}

/// <summary>w:jc.</summary>
internal sealed class Justification() : WordElement("jc")
{
    public JustificationValues? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:outlineLvl.</summary>
internal sealed class OutlineLevel() : WordElement("outlineLvl")
{
    public int? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}
