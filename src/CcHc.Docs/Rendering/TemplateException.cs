using System.Globalization;
using Scriban.Parsing;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// An error a template author can cause — syntax, runtime, a limit or the time budget — located at a template line.
/// <see cref="Exception.Message"/> reads <c>name.sbn(line,col) : error : message</c>, as compilers print it.
/// </summary>
public sealed class TemplateException : Exception
{
    internal TemplateException(string templateName, int line, int column, string reason, Exception? inner = null)
        : base(Format(templateName, line, column, reason), inner)
    {
        TemplateName = templateName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The template file the error is in, e.g. "_section.sbn".</summary>
    public string TemplateName { get; }

    /// <summary>1-based line in the template; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column in the template; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What went wrong and what to fix, without the location.</summary>
    public string Reason { get; }

    internal static TemplateException At(SourceSpan span, string fallbackName, string reason, Exception? inner = null) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackName : span.FileName,
            span.Start.Line + 1, span.Start.Column + 1, reason, inner);

    internal static TemplateException FromRuntime(ScriptRuntimeException error, string fallbackName) =>
        At(error.Span, fallbackName, error.OriginalMessage, error);

    internal static TemplateException FromParse(LogMessage first, int count, string fallbackName)
    {
        var more = count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({count - 1} more error(s) in this template)") : "";
        return At(first.Span, fallbackName, first.Message + more);
    }

    private static string Format(string name, int line, int column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}({line},{column}) : error : {reason}");
}
