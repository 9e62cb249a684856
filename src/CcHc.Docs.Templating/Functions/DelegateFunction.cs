using System.Reflection;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// Turns .NET methods into template functions. Parameters are filled from positional then named
/// (snake_case) arguments and converted by declared type; parameters of type <see cref="TemplateContext"/>
/// and <see cref="SourceSpan"/> are injected; optional parameters take their defaults; a trailing
/// <c>params</c> array collects the rest. Binding data is computed once per method and cached.
/// </summary>
public static class DelegateFunction
{
    /// <summary>Wraps <paramref name="function"/>; errors name it after its method, in snake_case.</summary>
    public static IScriptFunction Create(Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Create(function, DefaultName(function.Method));
    }

    /// <summary>Wraps <paramref name="function"/>; errors name it <paramref name="name"/> (e.g. <c>my_func</c>).</summary>
    public static IScriptFunction Create(Delegate function, string name)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(name);
        return new BoundFunction(MethodBinding.For(function), function, name);
    }

    /// <summary>Wraps the static method <paramref name="method"/> under the template name <paramref name="name"/>.</summary>
    internal static IScriptFunction FromStaticMethod(MethodInfo method, string name)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!method.IsStatic)
        {
            throw new ArgumentException($"The method `{method.Name}` must be static.", nameof(method));
        }

        return new BoundFunction(MethodBinding.For(method), null, name);
    }

    private static string DefaultName(MethodInfo method)
    {
        var name = method.Name;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return "function";
            }
        }

        return ScriptNaming.ToSnakeCase(name);
    }
}
