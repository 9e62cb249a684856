using System.Reflection;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// The built-in modules (<c>array</c>, <c>date</c>, <c>html</c>, <c>math</c>, <c>object</c>, <c>regex</c>,
/// <c>string</c>, <c>timespan</c>). They are built once, frozen and shared by every context, so creating a
/// context only adds eight references to its globals.
/// </summary>
public static class BuiltinModules
{
    private static readonly Lazy<KeyValuePair<string, ScriptObject>[]> Modules = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The module names, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["array", "date", "html", "math", "object", "regex", "string", "timespan"];

    /// <summary>Adds every module to <paramref name="globals"/> as a read-only variable.</summary>
    public static void Register(ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        foreach (var (name, module) in Modules.Value)
        {
            globals.SetValue(name, module, readOnly: true);
        }
    }

    /// <summary>The shared, frozen module object named <paramref name="name"/> (e.g. <c>string</c>), or null.</summary>
    public static ScriptObject? Get(string name)
    {
        foreach (var (moduleName, module) in Modules.Value)
        {
            if (moduleName == name)
            {
                return module;
            }
        }

        return null;
    }

    private static KeyValuePair<string, ScriptObject>[] Build()
    {
        var date = Module("date", typeof(DateFunctions));
        date.SetValue("default_format", StrftimeFormatter.DefaultPattern, readOnly: true);
        date.SetValue("format", DateFormatValue.Instance);
        var timespan = Module("timespan", typeof(TimeSpanFunctions));
        timespan.SetValue("zero", TimeSpan.Zero, readOnly: true);
        var modules = new[]
        {
            Module("array", typeof(ArrayFunctions)),
            date,
            Module("html", typeof(HtmlFunctions)),
            Module("math", typeof(MathFunctions)),
            Module("object", typeof(ObjectFunctions)),
            Module("regex", typeof(RegexFunctions)),
            Module("string", typeof(StringFunctions)),
            timespan,
        };

        var result = new KeyValuePair<string, ScriptObject>[modules.Length];
        for (var i = 0; i < modules.Length; i++)
        {
            modules[i].Freeze();
            result[i] = new KeyValuePair<string, ScriptObject>(Names[i], modules[i]);
        }

        return result;
    }

    /// <summary>One function per public static method of <paramref name="type"/>, named in snake_case or by <see cref="ScriptNameAttribute"/>.</summary>
    internal static ScriptObject Module(string moduleName, Type type)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        var module = new ScriptObject(methods.Length + 2);
        foreach (var method in methods.OrderBy(m => m.MetadataToken))
        {
            var name = method.GetCustomAttribute<ScriptNameAttribute>()?.Name ?? ScriptNaming.ToSnakeCase(method.Name);
            if (module.ContainsKey(name))
            {
                throw new InvalidOperationException($"The built-in `{moduleName}.{name}` is defined twice in {type.Name}.");
            }

            module.SetValue(name, DelegateFunction.FromStaticMethod(method, moduleName + "." + name), readOnly: true);
        }

        return module;
    }
}
