using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>object</c> module: <c>eval</c> and <c>eval_template</c>.</summary>
/// <remarks>
/// A string is parsed and run in the current scope (it sees and may set the caller's variables).
/// <c>eval</c> treats the string as code and returns the value of its last expression (<c>"1 + 2"</c> gives
/// the number 3, through <c>Template.Evaluate</c>); <c>eval_template</c> treats it as a template
/// (<c>text {{ 1 + 2 }}</c>) and returns its output as text.
/// </remarks>
internal static partial class ObjectFunctions
{
    private static object? EvaluateCore(TemplateContext context, SourceSpan span, object? value, bool asTemplate)
    {
        switch (value)
        {
            case IScriptFunction function:
                return context.Call(function, span);
            case string text:
                return EvaluateText(context, span, text, asTemplate);
            default:
                return value;
        }
    }

    private static object? EvaluateText(TemplateContext context, SourceSpan span, string text, bool asTemplate)
    {
        var function = asTemplate ? "object.eval_template" : "object.eval";
        var template = Template.Parse(asTemplate ? text : "{{" + text + "\n}}", span.Name, context.Limits.ExpressionDepthLimit);
        if (template.HasErrors)
        {
            throw new TemplateException(span, $"`{function}` cannot parse its text: {template.Errors[0].Reason}");
        }

        if (!asTemplate)
        {
            return template.Evaluate(context);
        }

        context.PushCapture();
        try
        {
            template.Execute(context);
        }
        finally
        {
            text = context.PopCapture();
        }

        return text;
    }
}
