using CcHc.Docs.Templating.Parsing;
using CcHc.Docs.Templating.Runtime;
using CcHc.Docs.Templating.Syntax;

namespace CcHc.Docs.Templating;

/// <summary>
/// A parsed template: parse once with <c>Parse</c>, render many times (from many threads at
/// once, one <see cref="TemplateContext"/> per render). Parsing never throws on bad syntax: check
/// <see cref="HasErrors"/> and <see cref="Errors"/>.
/// </summary>
public sealed class Template
{
    private readonly Statement _root;

    private Template(string name, Statement root, IReadOnlyList<TemplateException> errors)
    {
        Name = name;
        _root = root;
        Errors = errors;
    }

    /// <summary>The template name used in messages.</summary>
    public string Name { get; }

    /// <summary>Every syntax error found, in source order.</summary>
    public IReadOnlyList<TemplateException> Errors { get; }

    /// <summary>True when the template has syntax errors and cannot be rendered.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Parses <paramref name="text"/> with the default nesting limit; syntax errors are collected, not thrown.</summary>
    public static Template Parse(string text, string name = "text") => Parse(text, name, new TemplateLimits().ExpressionDepthLimit);

    /// <summary>Parses <paramref name="text"/>, cutting nesting deeper than <paramref name="depthLimit"/> with an error.</summary>
    public static Template Parse(string text, string name, int depthLimit) => Parse(text, name, depthLimit, TemplateLanguage.Scriban);

    /// <summary>Parses <paramref name="text"/> with the syntax of <paramref name="language"/> (see <see cref="TemplateLanguage"/>).</summary>
    public static Template Parse(string text, string name, TemplateLanguage language) =>
        Parse(text, name, new TemplateLimits().ExpressionDepthLimit, language);

    /// <summary>Parses <paramref name="text"/> with the syntax of <paramref name="language"/>, cutting nesting deeper than <paramref name="depthLimit"/>.</summary>
    public static Template Parse(string text, string name, int depthLimit, TemplateLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var errors = new List<TemplateException>();
        Statement root;
        try
        {
            root = Parser.Parse(text, name, depthLimit, errors, language);
        }
        catch (Exception ex) when (ex is not TemplateException)
        {
            errors.Add(new TemplateException(new SourceSpan(name, 1, 1), "Internal parser error: " + ex.Message, ex));
            root = NopStatement.Instance;
        }

        return new Template(name, root, errors.OrderBy(e => e.Span.Line).ToArray());
    }

    /// <summary>All syntax errors as text, one <c>name(line,col) : error : message</c> per line.</summary>
    public string FormatErrors() => string.Join("\n", Errors.Select(e => e.Message));

    /// <summary>
    /// Renders with <paramref name="context"/> and returns the output. Throws <see cref="TemplateException"/>
    /// for syntax errors (the first one; all are in <see cref="Errors"/>) and runtime errors.
    /// </summary>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw Errors[0];
        }

        context.ResetForRender();
        context.Output.Clear();
        try
        {
            Execute(context);
        }
        catch (Exception ex) when (ex is not TemplateException and not OperationCanceledException)
        {
            throw new TemplateException(new SourceSpan(Name, 1, 1), "Internal error while rendering: " + ex.Message, ex);
        }

        return context.TakeOutput();
    }

    /// <summary>Renders with a fresh context whose globals are the built-ins plus the members of <paramref name="model"/> (a ScriptObject or dictionary).</summary>
    public string Render(IEnumerable<KeyValuePair<string, object?>>? model = null)
    {
        var context = new TemplateContext();
        if (model is not null)
        {
            foreach (var pair in model)
            {
                context.Globals.SetValue(pair.Key, pair.Value);
            }
        }

        return Render(context);
    }

    /// <summary>
    /// Runs the template as code in the current scope and returns the value of its last statement when that is an
    /// expression (<c>"1 + 2" | object.eval</c> is the number 3), or what <c>ret</c> returned. Output written by the
    /// other statements is discarded; when there is no such value, the output is the result (null when empty).
    /// </summary>
    internal object? Evaluate(TemplateContext context)
    {
        var statements = _root is BlockStatement block ? block.Statements : new[] { _root };
        object? result = null;
        string output;
        context.PushCapture();
        try
        {
            for (var i = 0; i < statements.Length && context.Flow == ControlFlow.None; i++)
            {
                if (i == statements.Length - 1 && statements[i] is ExpressionStatement last)
                {
                    result = last.Expression.Evaluate(context);
                }
                else
                {
                    statements[i].Execute(context);
                }
            }

            if (context.Flow == ControlFlow.Return)
            {
                result = context.ReturnValue;
            }
        }
        finally
        {
            context.Flow = ControlFlow.None;
            context.ReturnValue = null;
            output = context.PopCapture();
        }

        return result ?? (output.Length > 0 ? output : null);
    }

    internal void Execute(TemplateContext context)
    {
        _root.Execute(context);
        if (context.Flow != ControlFlow.None)
        {
            context.Flow = ControlFlow.None;
            context.ReturnValue = null;
        }
    }
}
