using System.Collections;
using System.Globalization;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>Converts one script value to the declared type of a .NET parameter.</summary>
/// <param name="context">The rendering context (culture, text conversion).</param>
/// <param name="callSite">Where the call is, for errors.</param>
/// <param name="value">The script value.</param>
/// <returns>A value assignable to the parameter type.</returns>
internal delegate object? ArgumentConversion(TemplateContext context, SourceSpan callSite, object? value);

/// <summary>
/// Builds, once per parameter type, the conversion from a script value: strings through
/// <see cref="TemplateContext.ToText"/>, numbers through invariant <see cref="Convert"/>, booleans by
/// truthiness (only null and false are false), lists from any enumerable, null to the type's default.
/// </summary>
internal static class ArgumentConverter
{
    private static readonly ArgumentConversion AsIs = static (_, _, value) => value;

    /// <summary>Returns the conversion to <paramref name="type"/>.</summary>
    public static ArgumentConversion For(Type type)
    {
        if (type == typeof(object))
        {
            return AsIs;
        }

        if (type == typeof(string))
        {
            return static (context, _, value) => value switch
            {
                null => null,
                string text => text,
                _ => context.ToText(value),
            };
        }

        if (type == typeof(bool))
        {
            return static (_, _, value) => value switch
            {
                null => false,
                bool flag => flag,
                _ => true,
            };
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            var inner = For(underlying);
            return (context, span, value) => value is null ? null : inner(context, span, value);
        }

        if (IsNumeric(type))
        {
            return (_, span, value) => ToNumber(span, value, type);
        }

        if (type.IsEnum)
        {
            return (_, span, value) => ToEnum(span, value, type);
        }

        if (type == typeof(ScriptArray) || (type.IsInterface && type.IsAssignableFrom(typeof(ScriptArray))))
        {
            return (_, span, value) => ToList(span, value, type);
        }

        object? defaultValue = type.IsValueType ? Activator.CreateInstance(type) : null;
        return (_, span, value) =>
        {
            if (value is null)
            {
                return defaultValue;
            }

            if (type.IsInstanceOfType(value))
            {
                return value;
            }

            if (type == typeof(DateTime) && value is DateTimeOffset offset)
            {
                return offset.DateTime;
            }

            throw CannotConvert(span, value, type);
        };
    }

    /// <summary>The error for a value that cannot become <paramref name="type"/>.</summary>
    public static TemplateException CannotConvert(SourceSpan span, object? value, Type type) =>
        new(span, $"Unable to convert type `{ScriptTypeNames.Of(value)}` to `{ScriptTypeNames.OfType(type)}`");

    private static bool IsNumeric(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
            or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => !type.IsEnum,
        _ => false,
    };

    private static object ToNumber(SourceSpan span, object? value, Type type)
    {
        switch (value)
        {
            case null:
                return Activator.CreateInstance(type)!;
            case bool flag:
                return Convert.ChangeType(flag ? 1 : 0, type, CultureInfo.InvariantCulture);
            case string or char or DateTime:
            case not IConvertible:
                if (value is string text && TryParseNumber(text, type, out var parsed))
                {
                    return parsed;
                }

                throw CannotConvert(span, value, type);
        }

        if (value.GetType() == type)
        {
            return value;
        }

        try
        {
            return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new TemplateException(span, $"The number `{Convert.ToString(value, CultureInfo.InvariantCulture)}` is out of the range of `{ScriptTypeNames.OfType(type)}`");
        }
    }

    private static bool TryParseNumber(string text, Type type, out object result)
    {
        try
        {
            result = Convert.ChangeType(text.Trim(), type, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            result = 0;
            return false;
        }
    }

    private static object ToEnum(SourceSpan span, object? value, Type type)
    {
        switch (value)
        {
            case null:
                return Activator.CreateInstance(type)!;
            case string text when Enum.TryParse(type, text, ignoreCase: true, out var parsed):
                return parsed!;
            case int or long or short or byte:
                return Enum.ToObject(type, value);
            default:
                if (type.IsInstanceOfType(value))
                {
                    return value;
                }

                throw CannotConvert(span, value, type);
        }
    }

    private static object? ToList(SourceSpan span, object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is IEnumerable items and not string)
        {
            var list = new ScriptArray();
            foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        throw CannotConvert(span, value, type);
    }
}
