namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// Binary operators on arrays, as Scriban evaluates them: <c>+</c> concatenates, <c>|</c> unites, <c>&amp;</c>
/// intersects, <c>* n</c> repeats, <c>/ n</c> keeps the first <c>count / n</c> items, <c>% n</c> keeps every n-th
/// item. Comparisons compare the counts when they differ, else require every pair of items to satisfy the operator.
/// </summary>
internal static class ArrayOperators
{
    public static bool TryEvaluate(TemplateContext context, BinaryOperator op, ScriptArray left, object? right, SourceSpan span, out object? result)
    {
        result = null;
        if (right is ScriptArray other)
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    result = Concat(left, other);
                    return true;
                case BinaryOperator.BitOr:
                    result = Union(left, other);
                    return true;
                case BinaryOperator.BitAnd:
                    result = Intersect(left, other);
                    return true;
                case BinaryOperator.Equal:
                case BinaryOperator.NotEqual:
                case BinaryOperator.Less:
                case BinaryOperator.LessOrEqual:
                case BinaryOperator.Greater:
                case BinaryOperator.GreaterOrEqual:
                    result = Compare(context, op, left, other, span);
                    return true;
            }

            return false;
        }

        if (op is not (BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulus) || !ValueConverter.IsInteger(right))
        {
            return false;
        }

        ValueConverter.TryToInt(right, out var n);
        var items = new ScriptArray();
        switch (op)
        {
            case BinaryOperator.Multiply:
                for (var i = 0; i < n; i++)
                {
                    CheckLimit(context, items.Count + left.Count, span);
                    foreach (var item in left)
                    {
                        items.Add(item);
                    }
                }

                break;
            case BinaryOperator.Divide:
                if (n == 0)
                {
                    throw new TemplateException(span, "Cannot divide an array by zero");
                }

                for (var i = 0; i < left.Count / Math.Abs(n); i++)
                {
                    items.Add(left[i]);
                }

                break;
            default:
                if (n == 0)
                {
                    throw new TemplateException(span, "Cannot take the modulo of an array by zero");
                }

                for (var i = 0; i < left.Count; i += Math.Abs(n))
                {
                    items.Add(left[i]);
                }

                break;
        }

        result = items;
        return true;
    }

    private static void CheckLimit(TemplateContext context, int count, SourceSpan span)
    {
        if (context.Limits.LoopLimit > 0 && count > context.Limits.LoopLimit * 1000)
        {
            throw new TemplateException(span, "The array repetition is too large");
        }
    }

    private static ScriptArray Concat(ScriptArray left, ScriptArray right)
    {
        var items = new ScriptArray(left.Count + right.Count);
        foreach (var item in left)
        {
            items.Add(item);
        }

        foreach (var item in right)
        {
            items.Add(item);
        }

        return items;
    }

    private static ScriptArray Union(ScriptArray left, ScriptArray right)
    {
        var items = new ScriptArray(left.Count + right.Count);
        foreach (var item in left)
        {
            AddDistinct(items, item);
        }

        foreach (var item in right)
        {
            AddDistinct(items, item);
        }

        return items;
    }

    private static ScriptArray Intersect(ScriptArray left, ScriptArray right)
    {
        var items = new ScriptArray();
        foreach (var item in left)
        {
            if (Contains(right, item))
            {
                AddDistinct(items, item);
            }
        }

        return items;
    }

    private static void AddDistinct(ScriptArray items, object? item)
    {
        if (!Contains(items, item))
        {
            items.Add(item);
        }
    }

    private static bool Contains(ScriptArray items, object? item)
    {
        foreach (var existing in items)
        {
            if (Operators.AreEqual(existing, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Compare(TemplateContext context, BinaryOperator op, ScriptArray left, ScriptArray right, SourceSpan span)
    {
        if (left.Count != right.Count || left.Count == 0)
        {
            return IsTrue(Operators.Evaluate(context, op, left.Count, right.Count, span, span));
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!IsTrue(Operators.Evaluate(context, op, left[i], right[i], span, span)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrue(object? value) => value is true;
}
