namespace CcHc.Docs.Plans;

/// <summary>A bullet line: "- text" or "+ text".</summary>
/// <param name="Text">The text after the marker.</param>
/// <param name="Style">Dash or plus.</param>
public sealed record BulletBlock(string Text, BulletStyle Style = BulletStyle.Dash) : Block;
