namespace CcHc.Docs.Plans;

/// <summary>A justified body paragraph with a first-line indent.</summary>
/// <param name="Text">The paragraph text.</param>
public sealed record ParagraphBlock(string Text) : Block;
