using System.Collections;
using System.Globalization;
using System.Numerics;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>Conversions between runtime values: truthiness, numbers, and conversion to a declared .NET type.</summary>
internal static class ValueConverter
{
    /// <summary>Scriban truthiness: only null and false are false.</summary>
    public static bool IsTrue(object? value) => value is not null && (value is not bool b || b);

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool IsInteger(object? value) =>
        value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool TryToInt(object? value, out int result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l when l is >= int.MinValue and <= int.MaxValue: result = (int)l; return true;
            case double d when d is >= int.MinValue and <= int.MaxValue: result = (int)d; return true;
            case float f when f is >= int.MinValue and <= int.MaxValue: result = (int)f; return true;
            case decimal m when m is >= int.MinValue and <= int.MaxValue: result = (int)m; return true;
            case uint u when u <= int.MaxValue: result = (int)u; return true;
            case short s: result = s; return true;
            case ushort us: result = us; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case BigInteger bi when bi >= int.MinValue && bi <= int.MaxValue: result = (int)bi; return true;
            case ulong ul when ul <= int.MaxValue: result = (int)ul; return true;
            case string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): result = parsed; return true;
            default: result = 0; return false;
        }
    }

    public static object? ConvertTo(TemplateContext context, SourceSpan span, object? value, Type type)
    {
        if (type == typeof(object))
        {
            return value;
        }

        if (value is not null && type.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (value is null)
            {
                return null;
            }

            type = underlying;
        }

        if (type == typeof(string))
        {
            return value is null ? null : context.ToText(value);
        }

        if (type == typeof(bool))
        {
            return IsTrue(value);
        }

        if (value is null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        try
        {
            if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
                || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong))
            {
                if (value is BigInteger big)
                {
                    return Convert.ChangeType((decimal)big, type, CultureInfo.InvariantCulture);
                }

                if (value is string text)
                {
                    return Convert.ChangeType(double.Parse(text, NumberStyles.Float, context.Culture), type, CultureInfo.InvariantCulture);
                }

                return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            }

            if (type == typeof(IEnumerable) || type == typeof(IList) || type == typeof(ScriptArray) || type == typeof(IList<object?>) || type == typeof(IEnumerable<object?>))
            {
                if (value is IEnumerable enumerable and not string)
                {
                    var array = new ScriptArray();
                    foreach (var item in enumerable)
                    {
                        array.Add(item);
                    }

                    return array;
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new TemplateException(span, $"Unable to convert type `{TypeName(value)}` to `{TypeName(type)}`", ex);
        }

        throw new TemplateException(span, $"Unable to convert type `{TypeName(value)}` to `{TypeName(type)}`");
    }

    /// <summary>The script name of a value's type, as used in error messages (int, string, array…).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        Type t => TypeName(t),
        _ => TypeName(value.GetType()),
    };

    public static string TypeName(Type type)
    {
        if (type == typeof(int)) return "int";
        if (type == typeof(long)) return "long";
        if (type == typeof(double)) return "double";
        if (type == typeof(float)) return "float";
        if (type == typeof(decimal)) return "decimal";
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(uint)) return "uint";
        if (type == typeof(BigInteger)) return "bigint";
        if (typeof(ScriptArray).IsAssignableFrom(type) || typeof(ScriptRange) == type) return "array";
        if (typeof(ScriptObject).IsAssignableFrom(type)) return "object";
        if (typeof(IScriptFunction).IsAssignableFrom(type)) return "function";
        if (type == typeof(DateTime)) return "date";
        if (type == typeof(TimeSpan)) return "timespan";
        return type.Name;
    }
}
