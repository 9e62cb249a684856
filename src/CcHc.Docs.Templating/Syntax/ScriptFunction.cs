using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary>A parameter of a parametric function: <c>x</c>, <c>x = default</c> or <c>x...</c>.</summary>
internal sealed record FunctionParameter(string Name, Expression? Default, bool IsVariadic);

/// <summary>A function written in the template (<c>func</c>, <c>do … end</c>, inline <c>f(x) = …</c>).</summary>
internal sealed class ScriptFunction : IScriptFunction
{
    public ScriptFunction(string name, FunctionParameter[]? parameters, Statement body, SourceSpan span)
    {
        Name = name;
        Parameters = parameters;
        Body = body;
        Span = span;
    }

    public string Name { get; }

    public bool IsAnonymous => Name == "do";

    /// <summary>Null for simple functions (arguments only through <c>$</c>).</summary>
    public FunctionParameter[]? Parameters { get; }

    public Statement Body { get; }

    public SourceSpan Span { get; }

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) => Invoke(context, callSite, arguments, null);

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, Statement? wrapBody)
    {
        var frame = new FunctionFrame { Arguments = arguments, WrapBody = wrapBody, InheritsScope = IsAnonymous && Parameters is null };
        if (Parameters is not null)
        {
            frame.Parameters = BindParameters(context, callSite, arguments);
        }

        context.PushFrame(frame);
        try
        {
            Body.Execute(context);
            var result = context.Flow == ControlFlow.Return ? context.ReturnValue : null;
            context.Flow = ControlFlow.None;
            context.ReturnValue = null;
            return result;
        }
        finally
        {
            context.PopFrame();
        }
    }

    private ScriptObject BindParameters(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        var scope = new ScriptObject(Parameters!.Length);
        var named = arguments is ScriptArguments sa ? sa.Named : null;
        var next = 0;
        var required = 0;
        foreach (var parameter in Parameters)
        {
            if (parameter.IsVariadic)
            {
                var rest = new ScriptArray();
                while (next < arguments.Count)
                {
                    rest.Add(arguments[next++]);
                }

                if (named is not null)
                {
                    foreach (var pair in named)
                    {
                        if (pair.Key == parameter.Name)
                        {
                            rest.Add(pair.Value);
                        }
                    }
                }

                scope.SetValue(parameter.Name, rest);
                continue;
            }

            if (parameter.Default is null)
            {
                required++;
            }

            if (next < arguments.Count)
            {
                scope.SetValue(parameter.Name, arguments[next++]);
            }
            else if (named is not null && TryNamed(named, parameter.Name, out var value))
            {
                scope.SetValue(parameter.Name, value);
            }
            else if (parameter.Default is not null)
            {
                scope.SetValue(parameter.Name, parameter.Default.Evaluate(context));
            }
            else
            {
                throw new TemplateException(callSite, $"Invalid number of arguments `{arguments.Count + (named?.Count ?? 0)}` passed to `{Name}` while expecting `{Parameters.Count(p => p.Default is null && !p.IsVariadic)}` arguments");
            }
        }

        if (next < arguments.Count)
        {
            throw new TemplateException(callSite, $"Invalid number of arguments `{arguments.Count}` passed to `{Name}` while expecting `{Parameters.Length}` arguments");
        }

        return scope;
    }

    private static bool TryNamed(IReadOnlyList<KeyValuePair<string, object?>> named, string name, out object? value)
    {
        foreach (var pair in named)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
