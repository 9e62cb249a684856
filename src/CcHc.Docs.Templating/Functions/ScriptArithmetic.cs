using System.Globalization;
using System.Numerics;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The arithmetic of the <c>math</c> built-ins on runtime numbers.</summary>
/// <remarks>
/// Integers stay int and widen to long, then BigInteger, on overflow. A decimal operand makes the result
/// decimal; otherwise a double operand makes it double, a float operand float. Null in, null out.
/// </remarks>
internal static class ScriptArithmetic
{
    /// <summary>The binary operations.</summary>
    public enum Operation
    {
        /// <summary><c>+</c></summary>
        Add,

        /// <summary><c>-</c></summary>
        Subtract,

        /// <summary><c>*</c></summary>
        Multiply,

        /// <summary><c>/</c> (always fractional)</summary>
        Divide,

        /// <summary><c>%</c></summary>
        Modulo,
    }

    /// <summary>Applies <paramref name="operation"/>; a non-number operand is an error naming <paramref name="function"/>.</summary>
    public static object? Apply(SourceSpan span, string function, Operation operation, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        left = ToNumber(span, function, left);
        right = ToNumber(span, function, right);
        if (left is decimal || right is decimal)
        {
            var a = Convert.ToDecimal(left, CultureInfo.InvariantCulture);
            var b = Convert.ToDecimal(right, CultureInfo.InvariantCulture);
            if (b == 0 && operation is Operation.Divide or Operation.Modulo)
            {
                throw DivideByZero(span, function);
            }

            return operation switch
            {
                Operation.Add => a + b,
                Operation.Subtract => a - b,
                Operation.Multiply => a * b,
                Operation.Divide => a / b,
                _ => a % b,
            };
        }

        if (IsIntegral(left) && IsIntegral(right) && operation != Operation.Divide)
        {
            var a = ToBigInteger(left);
            var b = ToBigInteger(right);
            if (b.IsZero && operation == Operation.Modulo)
            {
                throw DivideByZero(span, function);
            }

            return Narrow(operation switch
            {
                Operation.Add => a + b,
                Operation.Subtract => a - b,
                Operation.Multiply => a * b,
                _ => a % b,
            });
        }

        var x = ScriptValues.ToDouble(left);
        var y = ScriptValues.ToDouble(right);
        if (operation == Operation.Divide && y == 0 && IsIntegral(right))
        {
            throw DivideByZero(span, function);
        }

        var result = operation switch
        {
            Operation.Add => x + y,
            Operation.Subtract => x - y,
            Operation.Multiply => x * y,
            Operation.Divide => x / y,
            _ => x % y,
        };
        return (left is float || right is float) && left is not double && right is not double ? (float)result : result;
    }

    /// <summary>True for int, long, BigInteger and the other integer types.</summary>
    public static bool IsIntegral(object? value) =>
        value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    /// <summary>The smallest of int, long or BigInteger that holds <paramref name="value"/>.</summary>
    public static object Narrow(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return (int)value;
        }

        return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
    }

    /// <summary>Any integer value as a BigInteger.</summary>
    public static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger big => big,
        ulong u => new BigInteger(u),
        _ => new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
    };

    private static object ToNumber(SourceSpan span, string function, object value)
    {
        if (ScriptValues.IsNumber(value))
        {
            return value;
        }

        if (value is string text)
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
            {
                return integer;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            {
                return real;
            }
        }

        throw new TemplateException(span, $"`{function}` expects numbers but got `{ScriptTypeNames.Of(value)}`");
    }

    private static TemplateException DivideByZero(SourceSpan span, string function) =>
        new(span, $"Cannot divide by zero in `{function}`");
}
