using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// The footnotes part (w:footnotes), the marks inside notes, and the references to them.

/// <summary>w:footnotes, the root of footnotes.xml.</summary>
internal sealed class Footnotes : WordElement
{
    public Footnotes(params WordElement[] children)
        : base("footnotes") => Append(children);
}

/// <summary>w:footnote in footnotes.xml: a note, or one of the two separators (<see cref="Type"/>).</summary>
internal sealed class Footnote : WordElement
{
    public Footnote(params WordElement[] children)
        : base("footnote") => Append(children);

    public FootnoteEndnoteValues? Type { get; set; }

    public int? Id { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "type", Type);
        Attribute(xml, "id", Id);
    }
}

/// <summary>w:separator: the line above the notes.</summary>
internal sealed class SeparatorMark() : WordElement("separator");

/// <summary>w:continuationSeparator: the line above notes continued from the page before.</summary>
internal sealed class ContinuationSeparatorMark() : WordElement("continuationSeparator");

/// <summary>w:footnoteRef: the note's own number, inside the note.</summary>
internal sealed class FootnoteReferenceMark() : WordElement("footnoteRef");

/// <summary>w:footnoteReference: the note's number in the text.</summary>
internal sealed class FootnoteReference() : WordElement("footnoteReference")
{
    public int? Id { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "id", Id);
}

/// <summary>w:footnotePr in settings.xml.</summary>
internal sealed class FootnoteDocumentWideProperties : WordElement
{
    public FootnoteDocumentWideProperties(params WordElement[] children)
        : base("footnotePr") => Append(children);
}

/// <summary>w:footnote in w:footnotePr: names a separator note by id.</summary>
internal sealed class FootnoteSpecialReference() : WordElement("footnote")
{
    public int? Id { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "id", Id);
}
