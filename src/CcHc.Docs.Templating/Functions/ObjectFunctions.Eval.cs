using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>object</c> module: <c>eval</c> and <c>eval_template</c>.</summary>
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
        _ = context;
        _ = text;
        var name = asTemplate ? "object.eval_template" : "object.eval";
        throw new TemplateException(span, $"`{name}` of a string is not available: the engine does not expose evaluation of nested templates yet");
    }
}
