using System.Collections;
using System.Numerics;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>Evaluation of binary operators on runtime values (numbers, strings, arrays, dates).</summary>
internal static class Operators
{
    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.DivideRound => "//",
        BinaryOperator.Modulus => "%",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.NullCoalesce => "??",
        BinaryOperator.NotNullCoalesce => "?!",
        BinaryOperator.RangeInclude => "..",
        BinaryOperator.RangeExclude => "..<",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitAnd => "&",
        _ => op.ToString(),
    };

    public static object? Evaluate(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span, SourceSpan operatorSpan)
    {
        if (left is ScriptArray array && ArrayOperators.TryEvaluate(context, op, array, right, span, out var arrayResult))
        {
            return arrayResult;
        }

        switch (op)
        {
            case BinaryOperator.BitOr:
            case BinaryOperator.BitAnd:
                if (ValueConverter.IsInteger(left) && ValueConverter.IsInteger(right) && left is not BigInteger && right is not BigInteger)
                {
                    var a = Convert.ToInt64(left, System.Globalization.CultureInfo.InvariantCulture);
                    var b = Convert.ToInt64(right, System.Globalization.CultureInfo.InvariantCulture);
                    return Narrow(op == BinaryOperator.BitOr ? a | b : a & b);
                }

                throw new TemplateException(operatorSpan, $"Operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
            case BinaryOperator.Equal:
                return AreEqual(left, right);
            case BinaryOperator.NotEqual:
                return !AreEqual(left, right);
            case BinaryOperator.Less:
            case BinaryOperator.LessOrEqual:
            case BinaryOperator.Greater:
            case BinaryOperator.GreaterOrEqual:
                return Compare(context, op, left, right, span);
            case BinaryOperator.RangeInclude:
            case BinaryOperator.RangeExclude:
                return Range(context, op, left, right, operatorSpan);
            case BinaryOperator.ShiftLeft:
                if (left is IList list && left is not Array)
                {
                    list.Add(right);
                    return left;
                }

                break;
            case BinaryOperator.ShiftRight:
                if (right is IList target && right is not Array)
                {
                    target.Insert(0, left);
                    return right;
                }

                break;
        }

        if (left is string || right is string || left is EncodedText || right is EncodedText)
        {
            return StringOperation(context, op, left, right, span, operatorSpan);
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (left is DateTime || right is DateTime || left is TimeSpan || right is TimeSpan)
        {
            return DateOperation(op, left, right, span);
        }

        return Arithmetic(op, left, right, span);
    }

    private static object? StringOperation(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span, SourceSpan operatorSpan)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return string.Concat(context.ToText(left), context.ToText(right));
            case BinaryOperator.Multiply:
                string text;
                object? count;
                if (left is string or EncodedText && ValueConverter.IsInteger(right))
                {
                    text = context.ToText(left);
                    count = right;
                }
                else if (right is string or EncodedText && ValueConverter.IsInteger(left))
                {
                    text = context.ToText(right);
                    count = left;
                }
                else
                {
                    throw new TemplateException(span, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                }

                ValueConverter.TryToInt(count, out var times);
                if (times <= 0)
                {
                    return string.Empty;
                }

                if (context.Limits.OutputLimit > 0 && (long)text.Length * times > context.Limits.OutputLimit)
                {
                    throw new TemplateException(span, $"The string repetition exceeds the limit of {context.Limits.OutputLimit} characters (TemplateLimits.OutputLimit).");
                }

                return new System.Text.StringBuilder(text.Length * times).Insert(0, text, times).ToString();
            default:
                throw new TemplateException(operatorSpan, $"Operator `{Symbol(op)}` is not supported on string objects");
        }
    }

    private static object? DateOperation(BinaryOperator op, object left, object right, SourceSpan span)
    {
        switch (op)
        {
            case BinaryOperator.Add when left is DateTime d && right is TimeSpan t:
                return d + t;
            case BinaryOperator.Add when left is TimeSpan t1 && right is DateTime d1:
                return d1 + t1;
            case BinaryOperator.Add when left is TimeSpan a && right is TimeSpan b:
                return a + b;
            case BinaryOperator.Subtract when left is DateTime d && right is DateTime d2:
                return d - d2;
            case BinaryOperator.Subtract when left is DateTime d && right is TimeSpan t:
                return d - t;
            case BinaryOperator.Subtract when left is TimeSpan a && right is TimeSpan b:
                return a - b;
        }

        throw new TemplateException(span, $"The operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
    }

    private static object? Arithmetic(BinaryOperator op, object left, object right, SourceSpan span)
    {
        if (left is bool || right is bool || !ValueConverter.IsNumber(left) || !ValueConverter.IsNumber(right))
        {
            throw new TemplateException(span, $"The operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
        }

        if (left is int a && right is int b)
        {
            switch (op)
            {
                case BinaryOperator.Add: return Narrow((long)a + b);
                case BinaryOperator.Subtract: return Narrow((long)a - b);
                case BinaryOperator.Multiply: return Narrow((long)a * b);
                case BinaryOperator.Divide: return (double)a / b;
                case BinaryOperator.DivideRound:
                    if (b == 0)
                    {
                        throw new TemplateException(span, "Cannot divide by zero");
                    }

                    return Narrow((long)Math.Floor((double)a / b));
                case BinaryOperator.Modulus:
                    if (b == 0)
                    {
                        throw new TemplateException(span, "Cannot divide by zero");
                    }

                    return a % b;
            }
        }

        if (left is double or float || right is double or float)
        {
            var x = ToDouble(left);
            var y = ToDouble(right);
            return op switch
            {
                BinaryOperator.Add => x + y,
                BinaryOperator.Subtract => x - y,
                BinaryOperator.Multiply => x * y,
                BinaryOperator.Divide => x / y,
                BinaryOperator.DivideRound => Math.Floor(x / y),
                BinaryOperator.Modulus => x % y,
                _ => throw Unsupported(op, left, right, span),
            };
        }

        if (left is decimal || right is decimal)
        {
            var x = ToDecimal(left);
            var y = ToDecimal(right);
            if (y == 0 && op is BinaryOperator.Divide or BinaryOperator.DivideRound or BinaryOperator.Modulus)
            {
                throw new TemplateException(span, "Cannot divide by zero");
            }

            return op switch
            {
                BinaryOperator.Add => x + y,
                BinaryOperator.Subtract => x - y,
                BinaryOperator.Multiply => x * y,
                BinaryOperator.Divide => x / y,
                BinaryOperator.DivideRound => Math.Floor(x / y),
                BinaryOperator.Modulus => x % y,
                _ => throw Unsupported(op, left, right, span),
            };
        }

        var bx = ToBigInteger(left);
        var by = ToBigInteger(right);
        if (by.IsZero && op is BinaryOperator.DivideRound or BinaryOperator.Modulus)
        {
            throw new TemplateException(span, "Cannot divide by zero");
        }

        return op switch
        {
            BinaryOperator.Add => Parsing.Lexer.NormalizeInteger(bx + by),
            BinaryOperator.Subtract => Parsing.Lexer.NormalizeInteger(bx - by),
            BinaryOperator.Multiply => Parsing.Lexer.NormalizeInteger(bx * by),
            BinaryOperator.Divide => (double)bx / (double)by,
            BinaryOperator.DivideRound => Parsing.Lexer.NormalizeInteger(BigInteger.Divide(bx, by) - ((bx.Sign * by.Sign < 0 && !BigInteger.Remainder(bx, by).IsZero) ? 1 : 0)),
            BinaryOperator.Modulus => Parsing.Lexer.NormalizeInteger(BigInteger.Remainder(bx, by)),
            _ => throw Unsupported(op, left, right, span),
        };
    }

    private static TemplateException Unsupported(BinaryOperator op, object? left, object? right, SourceSpan span) =>
        new(span, $"The operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");

    private static object Narrow(long value) => value is >= int.MinValue and <= int.MaxValue ? (object)(int)value : value;

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        float f => f,
        decimal m => (double)m,
        BigInteger b => (double)b,
        _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static decimal ToDecimal(object value) => value switch
    {
        decimal m => m,
        BigInteger b => (decimal)b,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static BigInteger ToBigInteger(object value) => value switch
    {
        int i => i,
        long l => l,
        BigInteger b => b,
        uint u => u,
        ulong ul => ul,
        _ => new BigInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return (left ?? right) is null or EmptyObject;
        }

        if (left is EmptyObject)
        {
            return IsEmpty(right);
        }

        if (right is EmptyObject)
        {
            return IsEmpty(left);
        }

        if (left is int a && right is int b)
        {
            return a == b;
        }

        if (left is EncodedText el)
        {
            left = el.Value;
        }

        if (right is EncodedText er)
        {
            right = er.Value;
        }

        if (left is string s1 && right is string s2)
        {
            return string.Equals(s1, s2, StringComparison.Ordinal);
        }

        if (ValueConverter.IsNumber(left) && ValueConverter.IsNumber(right))
        {
            if (left is double or float || right is double or float)
            {
                return ToDouble(left) == ToDouble(right);
            }

            if (left is decimal || right is decimal)
            {
                return ToDecimal(left) == ToDecimal(right);
            }

            return ToBigInteger(left) == ToBigInteger(right);
        }

        return left.Equals(right);
    }

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ICollection c => c.Count == 0,
        ScriptObject o => o.Count == 0,
        IReadOnlyCollection<object?> r => r.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    private static object Compare(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span)
    {
        if (left is null || right is null)
        {
            return false;
        }

        int comparison;
        if (left is int a && right is int b)
        {
            comparison = a.CompareTo(b);
        }
        else if (ValueConverter.IsNumber(left) && ValueConverter.IsNumber(right))
        {
            comparison = left is double or float || right is double or float
                ? ToDouble(left).CompareTo(ToDouble(right))
                : left is decimal || right is decimal ? ToDecimal(left).CompareTo(ToDecimal(right)) : ToBigInteger(left).CompareTo(ToBigInteger(right));
        }
        else if (left is string or EncodedText || right is string or EncodedText)
        {
            comparison = string.CompareOrdinal(context.ToText(left), context.ToText(right));
        }
        else if (left is IComparable comparable && left.GetType() == right.GetType())
        {
            comparison = comparable.CompareTo(right);
        }
        else if (left is bool lb && right is bool rb)
        {
            comparison = lb.CompareTo(rb);
        }
        else
        {
            throw new TemplateException(span, $"The operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
        }

        return op switch
        {
            BinaryOperator.Less => comparison < 0,
            BinaryOperator.LessOrEqual => comparison <= 0,
            BinaryOperator.Greater => comparison > 0,
            _ => comparison >= 0,
        };
    }

    private static object? Range(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span)
    {
        if (left is string || right is string)
        {
            throw new TemplateException(span, $"Operator `{Symbol(op)}` is not supported on string objects");
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (!ValueConverter.TryToInt(left, out var from) || !ValueConverter.TryToInt(right, out var to))
        {
            throw new TemplateException(span, $"Operator `{Symbol(op)}` expects integer operands instead of `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
        }

        var step = to >= from ? 1 : -1;
        var count = (long)Math.Abs((long)to - from) + 1;
        if (op == BinaryOperator.RangeExclude)
        {
            count--;
        }

        var limit = context.Limits.LoopLimit;
        if (limit > 0 && count > limit)
        {
            throw new TemplateException(span, $"Range expression exceeds LoopLimit `{limit}`.");
        }

        return new ScriptRange(from, (int)count, step);
    }
}

/// <summary>The special <c>empty</c> value: equal to any empty string, collection or object.</summary>
internal sealed class EmptyObject
{
    public static readonly EmptyObject Instance = new();

    private EmptyObject()
    {
    }

    public override string ToString() => string.Empty;
}
