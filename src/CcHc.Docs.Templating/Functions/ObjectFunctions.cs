using System.Collections;
using System.Globalization;
using System.Numerics;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>object</c> module: defaults, members, sizes, types, formatting and JSON.</summary>
internal static partial class ObjectFunctions
{
    /// <summary>Returns <paramref name="default"/> when the value is null or an empty string, else the value.</summary>
    public static object? Default(object? value, object? @default) =>
        value is null || value is string { Length: 0 } ? @default : value;

    /// <summary>Formats an <see cref="IFormattable"/> value with <paramref name="format"/>, in <paramref name="culture"/> or the context culture.</summary>
    public static string? Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null)
    {
        if (value is null)
        {
            return null;
        }

        var provider = culture is null ? context.Culture : CultureByName(span, culture);
        if (value is IFormattable formattable)
        {
            try
            {
                return formattable.ToString(format, provider);
            }
            catch (FormatException)
            {
                throw new TemplateException(span, $"Invalid format string `{format}` for a value of type `{ScriptTypeNames.Of(value)}`");
            }
        }

        return context.ToText(value);
    }

    /// <summary>True when the object has the member <paramref name="key"/>.</summary>
    public static bool HasKey(object? value, string? key) =>
        key is not null && ScriptValues.TryGetMember(value, key, out _);

    /// <summary>True when the object has the member <paramref name="key"/> and its value is not null.</summary>
    public static bool HasValue(object? value, string? key) =>
        key is not null && ScriptValues.TryGetMember(value, key, out var member) && member is not null;

    /// <summary>The member names of the object (empty for null or non-objects).</summary>
    public static ScriptArray Keys(object? value) => new(ScriptValues.MemberNames(value) ?? []);

    /// <summary>The member values of the object (empty for null or non-objects).</summary>
    public static ScriptArray Values(object? value)
    {
        var result = new ScriptArray();
        foreach (var name in ScriptValues.MemberNames(value) ?? [])
        {
            ScriptValues.TryGetMember(value, name, out var member);
            result.Add(member);
        }

        return result;
    }

    /// <summary>The length of a string, the item count of a list, the member count of an object; 0 otherwise.</summary>
    public static int Size(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        ScriptObject script => script.Count,
        ICollection collection => collection.Count,
        IReadOnlyCollection<object?> collection => collection.Count,
        IEnumerable enumerable => enumerable.Cast<object?>().Count(),
        _ => ScriptValues.MemberNames(value)?.Count() ?? 0,
    };

    /// <summary>The script type: <c>boolean</c>, <c>number</c>, <c>string</c>, <c>iterator</c>, <c>array</c>, <c>function</c> or <c>object</c>; null for null.</summary>
    [ScriptName("typeof")]
    public static string? TypeOf(object? value) => value switch
    {
        null => null,
        bool => "boolean",
        string => "string",
        ScriptRange => "iterator",
        IScriptFunction => "function",
        ScriptObject or IDictionary or IDictionary<string, object?> => "object",
        IEnumerable => "array",
        _ when ScriptValues.IsNumber(value) => "number",
        _ => "object",
    };

    /// <summary>The detailed kind: <c>bool</c>, <c>int</c>, <c>double</c>, <c>string</c>, <c>range</c>, <c>array</c>, <c>function</c>, <c>object</c>…; null for null.</summary>
    public static string? Kind(object? value) => value switch
    {
        null => null,
        BigInteger => "bigint",
        Enum => "enum",
        DateTime or TimeSpan => "object",
        _ => ScriptTypeNames.Of(value),
    };

    /// <summary>Evaluates a string as a script expression, calls a function, or returns any other value as is.</summary>
    public static object? Eval(TemplateContext context, SourceSpan span, object? value) =>
        EvaluateCore(context, span, value, asTemplate: false);

    /// <summary>Renders a string as a template, calls a function, or returns any other value as is.</summary>
    public static object? EvalTemplate(TemplateContext context, SourceSpan span, object? value) =>
        EvaluateCore(context, span, value, asTemplate: true);

    internal static CultureInfo CultureByName(SourceSpan span, string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new TemplateException(span, $"Unknown culture `{name}`. Expecting a culture name like `en-US` or `vi-VN`");
        }
    }
}
