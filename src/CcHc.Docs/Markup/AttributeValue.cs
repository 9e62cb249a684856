namespace CcHc.Docs.Markup;

/// <summary>An attribute's value and position, kept so it can be checked after the element's content was read.</summary>
internal readonly record struct AttributeValue(string Value, int Line, int Column);
