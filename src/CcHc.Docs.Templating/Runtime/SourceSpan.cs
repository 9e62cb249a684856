namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// A location in a template: the template name and a 1-based line and column.
/// Every error and every output source-map entry carries one.
/// </summary>
/// <param name="Name">The template name given to <c>Template.Parse</c>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceSpan(string Name, int Line, int Column)
{
    /// <summary>Formats the span as <c>name(line,col)</c>, the prefix used by error messages.</summary>
    public override string ToString() => $"{Name}({Line},{Column})";
}
