namespace CcHc.Docs.Markup;

/// <summary>
/// Thrown when document markup is malformed: bad XML, an unknown element or attribute, wrong
/// nesting, a missing or invalid value, or a character XML 1.0 forbids. Carries the markup's
/// line and column and, when the caller knows it, the template location that produced the line.
/// </summary>
public sealed class MarkupException : Exception
{
    internal MarkupException(string sourceName, int line, int column, string? elementName, string problem)
        : base(problem)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        ElementName = elementName;
        Problem = problem;
    }

    /// <summary>The name given to <see cref="MarkupParser.Parse"/> for the markup (e.g. a template name).</summary>
    public string SourceName { get; }

    /// <summary>1-based line in the markup; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column in the markup; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The markup element being read when the problem was found; null for XML syntax errors.</summary>
    public string? ElementName { get; }

    /// <summary>What is wrong and what to fix, without the location prefix.</summary>
    public string Problem { get; }

    /// <summary>
    /// Where in the template the faulty markup line came from, e.g. "ke-hoach.sbn(12,5)". Set by the
    /// renderer, which maps markup offsets back to template lines; null when unknown.
    /// </summary>
    public string? TemplateLocation { get; set; }

    /// <summary>"source(line,col): &lt;element&gt;: problem", followed by the template location when known.</summary>
    public override string Message
    {
        get
        {
            var element = ElementName is null ? string.Empty : $" <{ElementName}>:";
            var template = TemplateLocation is null ? string.Empty : $" (produced by template {TemplateLocation})";
            return $"{SourceName}({Line},{Column}):{element} {Problem}{template}";
        }
    }
}
