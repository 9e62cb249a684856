namespace CcHc.Docs.Serialization;

/// <summary>A place in a plan file.</summary>
/// <param name="File">The file name given to the reader, or null.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string? File, int Line, int Column)
{
    /// <summary>The location as compilers print it: <c>file(line,column)</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
