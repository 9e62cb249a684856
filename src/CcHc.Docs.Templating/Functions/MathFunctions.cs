using System.Globalization;
using System.Numerics;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>math</c> module: arithmetic, rounding, formatting and random values.</summary>
internal static class MathFunctions
{
    /// <summary>The absolute value (null for a non-number).</summary>
    public static object? Abs(object? value) => value switch
    {
        int i when i != int.MinValue => Math.Abs(i),
        int i => -(long)i,
        long l when l != long.MinValue => Math.Abs(l),
        long l => BigInteger.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        BigInteger big => ScriptArithmetic.Narrow(BigInteger.Abs(big)),
        _ when ScriptValues.IsNumber(value) => value,
        _ => null,
    };

    /// <summary>The smallest integral value greater than or equal to the number.</summary>
    public static object? Ceil(object? value) => value switch
    {
        double d => Math.Ceiling(d),
        float f => MathF.Ceiling(f),
        decimal m => Math.Ceiling(m),
        _ when ScriptValues.IsNumber(value) => value,
        _ => null,
    };

    /// <summary>The largest integral value less than or equal to the number.</summary>
    public static object? Floor(object? value) => value switch
    {
        double d => Math.Floor(d),
        float f => MathF.Floor(f),
        decimal m => Math.Floor(m),
        _ when ScriptValues.IsNumber(value) => value,
        _ => null,
    };

    /// <summary>Rounds to <paramref name="precision"/> fractional digits (banker's rounding, as .NET).</summary>
    public static object? Round(object? value, int precision = 0)
    {
        precision = Math.Clamp(precision, 0, 15);
        return value switch
        {
            double d => Math.Round(d, precision),
            float f => MathF.Round(f, precision),
            decimal m => Math.Round(m, Math.Min(precision, 28)),
            _ when ScriptValues.IsNumber(value) => value,
            _ => null,
        };
    }

    /// <summary>Divides; when <paramref name="divisor"/> is an integer the result is floored to an integer.</summary>
    public static object? DividedBy(SourceSpan span, object? value, object? divisor)
    {
        var result = ScriptArithmetic.Apply(span, "math.divided_by", ScriptArithmetic.Operation.Divide, value, divisor);
        if (!ScriptArithmetic.IsIntegral(divisor))
        {
            return result;
        }

        return result switch
        {
            double d when !double.IsFinite(d) => d,
            double d => ScriptArithmetic.Narrow(new BigInteger(Math.Floor(d))),
            float f => ScriptArithmetic.Narrow(new BigInteger(MathF.Floor(f))),
            decimal m => ScriptArithmetic.Narrow(new BigInteger(Math.Floor(m))),
            _ => result,
        };
    }

    /// <summary>Adds <paramref name="with"/> to the value.</summary>
    public static object? Plus(SourceSpan span, object? value, object? with) =>
        ScriptArithmetic.Apply(span, "math.plus", ScriptArithmetic.Operation.Add, value, with);

    /// <summary>Subtracts <paramref name="with"/> from the value.</summary>
    public static object? Minus(SourceSpan span, object? value, object? with) =>
        ScriptArithmetic.Apply(span, "math.minus", ScriptArithmetic.Operation.Subtract, value, with);

    /// <summary>Multiplies the value by <paramref name="with"/>.</summary>
    public static object? Times(SourceSpan span, object? value, object? with) =>
        ScriptArithmetic.Apply(span, "math.times", ScriptArithmetic.Operation.Multiply, value, with);

    /// <summary>The remainder of the value divided by <paramref name="with"/>.</summary>
    public static object? Modulo(SourceSpan span, object? value, object? with) =>
        ScriptArithmetic.Apply(span, "math.modulo", ScriptArithmetic.Operation.Modulo, value, with);

    /// <summary>Formats a number with a .NET numeric format string, in <paramref name="culture"/> or the context culture.</summary>
    public static string? Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null) =>
        ObjectFunctions.Format(context, span, value, format, culture);

    /// <summary>True when the value is a number.</summary>
    public static bool IsNumber(object? value) => ScriptValues.IsNumber(value);

    /// <summary>A new random UUID (<c>2dc55d50-3f6c-446a-87d0-a5a4eed23269</c>).</summary>
    public static string Uuid() => Guid.NewGuid().ToString();

    /// <summary>A random integer from <paramref name="minValue"/> (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public static int Random(SourceSpan span, int minValue, int maxValue)
    {
        if (maxValue < minValue)
        {
            throw new TemplateException(span, $"`math.random`: maxValue `{maxValue.ToString(CultureInfo.InvariantCulture)}` must be greater than or equal to minValue `{minValue.ToString(CultureInfo.InvariantCulture)}`");
        }

        return System.Random.Shared.Next(minValue, maxValue);
    }
}
