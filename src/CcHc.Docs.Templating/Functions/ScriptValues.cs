using System.Collections;
using System.Globalization;
using System.Numerics;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>Shared value helpers of the built-ins: lists, members, equality and ordering of script values.</summary>
internal static class ScriptValues
{
    /// <summary>The items of a list value; a single non-list value is a one-item list; null is null.</summary>
    public static IReadOnlyList<object?>? Items(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case IReadOnlyList<object?> list:
                return list;
            case string:
                return [value];
            case IEnumerable enumerable:
                var items = new List<object?>();
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }

                return items;
            default:
                return [value];
        }
    }

    /// <summary>True for any number type of the runtime.</summary>
    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    /// <summary>Reads member <paramref name="name"/> of an object (script object, dictionary or .NET object).</summary>
    public static bool TryGetMember(object? target, string name, out object? value)
    {
        switch (target)
        {
            case null:
                value = null;
                return false;
            case ScriptObject script:
                return script.TryGetValue(name, out value);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value);
            case IDictionary legacy:
                if (legacy.Contains(name))
                {
                    value = legacy[name];
                    return true;
                }

                value = null;
                return false;
            case string or IEnumerable:
                value = null;
                return false;
        }

        if (IsNumber(target) || target is bool or DateTime or TimeSpan || target is IScriptFunction)
        {
            var accessor = target is DateTime or TimeSpan ? MemberAccessorCache.Get(target.GetType()) : null;
            if (accessor is not null)
            {
                return accessor.TryGet(target, name, out value);
            }

            value = null;
            return false;
        }

        return MemberAccessorCache.Get(target.GetType()).TryGet(target, name, out value);
    }

    /// <summary>Reads a member, falling back to a dotted path (<c>a.b.c</c>) when no member has the exact name.</summary>
    public static object? GetMemberOrPath(object? target, string name)
    {
        if (TryGetMember(target, name, out var value))
        {
            return value;
        }

        if (!name.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var current = target;
        foreach (var part in name.Split('.'))
        {
            if (!TryGetMember(current, part, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The member names of an object, or null when the value has no members.</summary>
    public static IEnumerable<string>? MemberNames(object? target) => target switch
    {
        null or string or bool or DateTime or TimeSpan or IScriptFunction => null,
        ScriptObject script => script.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary legacy => legacy.Keys.Cast<object?>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty),
        IEnumerable => null,
        _ when IsNumber(target) => null,
        _ => MemberAccessorCache.Get(target.GetType()).Names,
    };

    /// <summary>Script equality: numbers by value across types, strings ordinally, otherwise <see cref="object.Equals(object?, object?)"/>.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left!, right!) == 0;
        }

        return object.Equals(left, right);
    }

    /// <summary>A hash consistent with <see cref="AreEqual"/>.</summary>
    public static int HashOf(object? value) => value switch
    {
        null => 0,
        _ when IsNumber(value) => ToDouble(value).GetHashCode(),
        _ => value.GetHashCode(),
    };

    /// <summary>Orders two values: null first, numbers by value, strings by the culture, dates, then by text.</summary>
    public static int Compare(TemplateContext context, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        return (left, right) switch
        {
            (string a, string b) => context.Culture.CompareInfo.Compare(a, b, CompareOptions.None),
            (bool a, bool b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            (TimeSpan a, TimeSpan b) => a.CompareTo(b),
            _ when IsNumber(left) => -1,
            _ when IsNumber(right) => 1,
            _ => context.Culture.CompareInfo.Compare(context.ToText(left), context.ToText(right), CompareOptions.None),
        };
    }

    /// <summary>Converts any number to double.</summary>
    public static double ToDouble(object value) => value is BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static int CompareNumbers(object left, object right)
    {
        if (left is decimal || right is decimal)
        {
            try
            {
                return Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
            }
            catch (OverflowException)
            {
                // Fall through to double comparison.
            }
        }

        if (left is BigInteger || right is BigInteger)
        {
            if (IsIntegral(left) && IsIntegral(right))
            {
                return ToBigInteger(left).CompareTo(ToBigInteger(right));
            }
        }
        else if (IsIntegral(left) && IsIntegral(right) && left is not ulong && right is not ulong)
        {
            return Convert.ToInt64(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(right, CultureInfo.InvariantCulture));
        }

        return ToDouble(left).CompareTo(ToDouble(right));
    }

    private static bool IsIntegral(object value) =>
        value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    private static BigInteger ToBigInteger(object value) =>
        value is BigInteger big ? big : value is ulong u ? new BigInteger(u) : new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
}
