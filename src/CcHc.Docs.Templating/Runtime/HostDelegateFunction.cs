using System.Reflection;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// Temporary, minimal binder used by <see cref="ScriptObject.Import"/> until the built-ins binder
/// (Functions.DelegateFunction) exists: positional arguments converted by declared type, then DynamicInvoke.
/// </summary>
internal sealed class HostDelegateFunction : IScriptFunction
{
    private readonly Delegate _function;
    private readonly ParameterInfo[] _parameters;

    public HostDelegateFunction(Delegate function)
    {
        _function = function;
        _parameters = function.Method.GetParameters();
    }

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        var values = new object?[_parameters.Length];
        var next = 0;
        for (var i = 0; i < _parameters.Length; i++)
        {
            var parameter = _parameters[i];
            if (parameter.ParameterType == typeof(TemplateContext))
            {
                values[i] = context;
                continue;
            }

            if (parameter.ParameterType == typeof(SourceSpan))
            {
                values[i] = callSite;
                continue;
            }

            if (next < arguments.Count)
            {
                values[i] = ValueConverter.ConvertTo(context, callSite, arguments[next++], parameter.ParameterType);
            }
            else if (parameter.HasDefaultValue)
            {
                values[i] = parameter.DefaultValue;
            }
            else
            {
                throw new TemplateException(callSite, $"Invalid number of arguments `{arguments.Count}` passed to `{_function.Method.Name}` while expecting `{_parameters.Length}` arguments");
            }
        }

        try
        {
            return _function.DynamicInvoke(values);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is TemplateException inner)
        {
            throw inner;
        }
    }
}
