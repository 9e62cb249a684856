namespace CcHc.Docs.Markup.Tree;

/// <summary>What a paragraph is in an NĐ30 document; the writer gives each role its own style.</summary>
public enum ParagraphRole
{
    /// <summary>Ordinary body text: justified, first-line indent, 6 pt before.</summary>
    Body,

    /// <summary>A căn cứ (legal basis): like body, in italics.</summary>
    Basis,

    /// <summary>The sentence after the căn cứ ("… ban hành Kế hoạch … như sau:"): upright body text.</summary>
    Preamble,

    /// <summary>The closing sentence ("Trên đây là Kế hoạch …./."): upright body text.</summary>
    Closing,

    /// <summary>A centred paragraph without indent.</summary>
    Centered,

    /// <summary>A left-aligned paragraph without indent.</summary>
    Plain,
}
