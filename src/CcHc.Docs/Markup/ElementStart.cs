namespace CcHc.Docs.Markup;

/// <summary>
/// What the parser keeps of an element's start tag once the reader has moved on: its name, where it
/// is (for error messages) and its depth (to know where its content ends).
/// </summary>
internal readonly record struct ElementStart(string Name, string Namespace, int Line, int Column, int Depth, bool IsEmpty)
{
    /// <summary>True for the markup element <paramref name="name"/> (no namespace).</summary>
    public bool Is(string name) => Namespace.Length == 0 && Name == name;

    /// <summary>The local name for markup elements; empty for namespaced ones, which never match a markup name.</summary>
    public string MarkupName => Namespace.Length == 0 ? Name : string.Empty;
}
