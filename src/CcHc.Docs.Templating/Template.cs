using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>
/// A parsed template: parse once with <see cref="Parse"/>, render many times (from many threads at
/// once, one <see cref="TemplateContext"/> per render). Parsing never throws on bad syntax: check
/// <see cref="HasErrors"/> and <see cref="Errors"/>.
/// </summary>
public sealed class Template
{
    private Template(string name, IReadOnlyList<TemplateException> errors)
    {
        Name = name;
        Errors = errors;
    }

    /// <summary>The template name used in messages.</summary>
    public string Name { get; }

    /// <summary>Every syntax error found, in source order.</summary>
    public IReadOnlyList<TemplateException> Errors { get; }

    /// <summary>True when the template has syntax errors and cannot be rendered.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Parses <paramref name="text"/>; syntax errors are collected, not thrown.</summary>
    public static Template Parse(string text, string name = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        return new Template(name, new[] { new TemplateException(new SourceSpan(name, 1, 1), "The parser is not implemented yet.") });
    }
}
