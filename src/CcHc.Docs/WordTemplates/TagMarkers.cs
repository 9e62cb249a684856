namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Private-use characters that bracket a tag's number in a part while it is an XML tree; the compiler turns each
/// marker into the tag's Scriban code once the tree is text.
/// </summary>
internal static class TagMarkers
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';
}
