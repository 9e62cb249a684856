namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// <c>include name args…</c>: loads a template through <see cref="TemplateContext.TemplateLoader"/>, renders it
/// with the current globals (arguments in <c>$</c>, <c>$0</c> = name) and returns its output.
/// </summary>
internal sealed class IncludeFunction : IScriptFunction
{
    public static readonly IncludeFunction Instance = new();

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        if (arguments.Count == 0)
        {
            throw new TemplateException(callSite, "Expecting at least the name of the template to include for the <include> function");
        }

        var name = context.ToText(arguments[0]);
        if (string.IsNullOrEmpty(name))
        {
            throw new TemplateException(callSite, "Include template name cannot be null or empty");
        }

        var loader = context.TemplateLoader
            ?? throw new TemplateException(callSite, $"Unable to include <{name}>. No TemplateLoader registered in TemplateContext.TemplateLoader");
        if (!context.IncludeCache.TryGetValue(name, out var template))
        {
            var text = loader.Load(context, callSite, name)
                ?? throw new TemplateException(callSite, $"Include template `{name}` was not found");
            template = Template.Parse(text, name, context.Limits.ExpressionDepthLimit);
            context.IncludeCache[name] = template;
        }

        if (template.HasErrors)
        {
            throw template.Errors[0];
        }

        context.PushFrame(new FunctionFrame { Arguments = arguments });
        context.PushCapture();
        string output;
        try
        {
            template.Execute(context);
        }
        finally
        {
            output = context.PopCapture();
            context.PopFrame();
        }

        return context.OutputEncoder is null ? output : new EncodedText(output);
    }
}
