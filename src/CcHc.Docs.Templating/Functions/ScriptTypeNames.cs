using System.Collections;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The names of runtime values and .NET types as templates see them, used in error messages.</summary>
internal static class ScriptTypeNames
{
    /// <summary>The script name of the type of <paramref name="value"/> (<c>null</c> for null).</summary>
    public static string Of(object? value) => value is null ? "null" : OfType(value.GetType());

    /// <summary>The script name of <paramref name="type"/>: <c>int</c>, <c>string</c>, <c>array</c>, <c>object</c>…</summary>
    public static string OfType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.SByte => "sbyte",
            TypeCode.Int16 => "short",
            TypeCode.UInt16 => "ushort",
            TypeCode.Int32 => type.IsEnum ? "enum" : "int",
            TypeCode.UInt32 => type.IsEnum ? "enum" : "uint",
            TypeCode.Int64 => type.IsEnum ? "enum" : "long",
            TypeCode.UInt64 => type.IsEnum ? "enum" : "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            TypeCode.Char => "char",
            TypeCode.DateTime => "datetime",
            _ => OfReferenceType(type),
        };
    }

    private static string OfReferenceType(Type type)
    {
        if (type == typeof(TimeSpan))
        {
            return "timespan";
        }

        if (type == typeof(ScriptRange))
        {
            return "range";
        }

        if (typeof(IScriptFunction).IsAssignableFrom(type))
        {
            return "function";
        }

        if (type == typeof(System.Numerics.BigInteger))
        {
            return "bigint";
        }

        if (typeof(IDictionary).IsAssignableFrom(type) || typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return "object";
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return "array";
        }

        return "object";
    }
}
