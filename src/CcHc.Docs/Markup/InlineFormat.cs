namespace CcHc.Docs.Markup;

/// <summary>The formatting in effect at a point of inline content.</summary>
internal readonly record struct InlineFormat(bool Bold, bool Italic, bool Underline);
