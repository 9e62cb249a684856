using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>
/// An error a template author can cause (syntax, runtime or limit), with the template location.
/// <see cref="Exception.Message"/> is formatted <c>name(line,col) : error : message</c>.
/// </summary>
public class TemplateException : Exception
{
    /// <summary>Creates an error located at <paramref name="span"/>.</summary>
    public TemplateException(SourceSpan span, string message)
        : this(span, message, null)
    {
    }

    /// <summary>Creates an error located at <paramref name="span"/> caused by <paramref name="inner"/>.</summary>
    public TemplateException(SourceSpan span, string message, Exception? inner)
        : base(Format(span, message), inner)
    {
        Span = span;
        Reason = message;
    }

    /// <summary>Where the error occurred.</summary>
    public SourceSpan Span { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Reason { get; }

    /// <summary>Formats a located message: <c>name(line,col) : error : message</c>.</summary>
    public static string Format(SourceSpan span, string message) =>
        $"{span.Name}({span.Line},{span.Column}) : error : {message}";

    /// <summary>Returns <see cref="Exception.Message"/> only (no stack trace), as the corpus expects.</summary>
    public override string ToString() => Message;
}
