using System.Collections;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>array</c> module. Functions never change their input: they return a new array.</summary>
/// <remarks>A list argument may be any list or enumerable; a single value counts as a one-item list.</remarks>
internal static partial class ArrayFunctions
{
    /// <summary>A new list with <paramref name="value"/> added at the end.</summary>
    public static ScriptArray Add(object? list, object? value)
    {
        var result = Copy(list);
        result.Add(value);
        return result;
    }

    /// <summary>A new list with the items of both lists.</summary>
    public static ScriptArray AddRange(object? list1, object? list2)
    {
        var result = Copy(list1);
        result.AddRange(ScriptValues.Items(list2) ?? []);
        return result;
    }

    /// <summary>The list without its null items (null for a null list).</summary>
    public static ScriptArray? Compact(object? list) =>
        ScriptValues.Items(list) is { } items ? new ScriptArray(items.Where(item => item is not null)) : null;

    /// <summary>The concatenation of two lists; null when both are null.</summary>
    public static ScriptArray? Concat(object? list1, object? list2) =>
        list1 is null && list2 is null ? null : AddRange(list1, list2);

    /// <summary>
    /// Returns the next item of <paramref name="list"/> each time it is called during a render. Calls with the
    /// same <paramref name="group"/> (or, without a group, the same list) share one position.
    /// </summary>
    public static object? Cycle(TemplateContext context, object? list, string? group = null)
    {
        var items = ScriptValues.Items(list);
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var key = group ?? context.ToText(list);
        var positions = context.CyclePositions;
        positions.TryGetValue(key, out var position);
        positions[key] = position + 1;
        return items[position % items.Count];
    }

    /// <summary>True when <paramref name="function"/> (called with each item, then <paramref name="args"/>) is truthy for one item.</summary>
    public static bool Any(TemplateContext context, SourceSpan span, object? list, IScriptFunction function, params object?[] args)
    {
        foreach (var item in ScriptValues.Items(list) ?? [])
        {
            if (IsTrue(CallWith(context, span, function, item, args)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new list of <paramref name="function"/> applied to each item.</summary>
    public static ScriptArray Each(TemplateContext context, SourceSpan span, object? list, IScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in ScriptValues.Items(list) ?? [])
        {
            result.Add(context.Call(function, span, item));
        }

        return result;
    }

    /// <summary>A new list of the items for which <paramref name="function"/> is truthy.</summary>
    public static ScriptArray Filter(TemplateContext context, SourceSpan span, object? list, IScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in ScriptValues.Items(list) ?? [])
        {
            if (IsTrue(context.Call(function, span, item)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>The first item, or null.</summary>
    public static object? First(object? list) => ScriptValues.Items(list) is { Count: > 0 } items ? items[0] : null;

    /// <summary>The last item, or null.</summary>
    public static object? Last(object? list) => ScriptValues.Items(list) is { Count: > 0 } items ? items[^1] : null;

    /// <summary>A new list with <paramref name="value"/> inserted at <paramref name="index"/> (negative counts from the end; past the end pads with nulls).</summary>
    public static ScriptArray InsertAt(object? list, int index, object? value)
    {
        var result = Copy(list);
        if (index < 0)
        {
            index = Math.Max(0, index + result.Count);
        }

        while (result.Count < index)
        {
            result.Add(null);
        }

        result.Insert(index, value);
        return result;
    }

    /// <summary>The text of the items joined by <paramref name="delimiter"/>; <paramref name="function"/>, when given, transforms each item's text.</summary>
    public static string Join(TemplateContext context, SourceSpan span, object? list, string? delimiter, IScriptFunction? function = null)
    {
        var items = ScriptValues.Items(list);
        if (items is null)
        {
            return string.Empty;
        }

        var texts = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var text = context.ToText(items[i]);
            texts[i] = function is null ? text : context.ToText(context.Call(function, span, text));
        }

        return string.Join(delimiter ?? string.Empty, texts);
    }

    /// <summary>The first <paramref name="count"/> items (null for a null list).</summary>
    public static ScriptArray? Limit(object? list, int count) =>
        ScriptValues.Items(list) is { } items ? new ScriptArray(items.Take(Math.Max(0, count))) : null;

    /// <summary>The items after the first <paramref name="index"/> ones (null for a null list).</summary>
    public static ScriptArray? Offset(object? list, int index) =>
        ScriptValues.Items(list) is { } items ? new ScriptArray(items.Skip(Math.Max(0, index))) : null;

    /// <summary>A new list of the value of <paramref name="member"/> of each item.</summary>
    public static ScriptArray Map(object? list, string? member)
    {
        var result = new ScriptArray();
        if (member is null)
        {
            return result;
        }

        foreach (var item in ScriptValues.Items(list) ?? [])
        {
            result.Add(ScriptValues.GetMemberOrPath(item, member));
        }

        return result;
    }

    /// <summary>A new list without the item at <paramref name="index"/> (negative counts from the end).</summary>
    public static ScriptArray RemoveAt(object? list, int index)
    {
        var result = Copy(list);
        if (index < 0)
        {
            index += result.Count;
        }

        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }

        return result;
    }

    /// <summary>A new list in reverse order.</summary>
    public static ScriptArray Reverse(object? list)
    {
        var result = Copy(list);
        var reversed = new ScriptArray(result.Count);
        for (var i = result.Count - 1; i >= 0; i--)
        {
            reversed.Add(result[i]);
        }

        return reversed;
    }

    /// <summary>The number of items (0 for null; for a non-list value, its <c>object.size</c>).</summary>
    public static int Size(object? list) => list switch
    {
        null => 0,
        ICollection collection => collection.Count,
        IReadOnlyCollection<object?> collection => collection.Count,
        IEnumerable and not string => ScriptValues.Items(list)!.Count,
        _ => ObjectFunctions.Size(list),
    };

    /// <summary>A stably sorted new list, by item value or by the value of <paramref name="member"/> (dotted paths allowed).</summary>
    public static ScriptArray Sort(TemplateContext context, object? list, string? member = null)
    {
        var items = ScriptValues.Items(list) ?? [];
        var keys = items.Select(item => member is null ? item : ScriptValues.GetMemberOrPath(item, member)).ToArray();
        var order = Enumerable.Range(0, items.Count)
            .OrderBy(i => keys[i], Comparer<object?>.Create((a, b) => ScriptValues.Compare(context, a, b)));
        return new ScriptArray(order.Select(i => items[i]));
    }

    /// <summary>The distinct items in first-seen order (null for a null list).</summary>
    public static ScriptArray? Uniq(object? list) =>
        ScriptValues.Items(list) is { } items ? new ScriptArray(items.Distinct(ScriptValueComparer.Instance)) : null;

    /// <summary>True when the list holds <paramref name="item"/>.</summary>
    public static bool Contains(object? list, object? item) =>
        (ScriptValues.Items(list) ?? []).Contains(item, ScriptValueComparer.Instance);

    private static ScriptArray Copy(object? list) => new(ScriptValues.Items(list) ?? []);

    private static bool IsTrue(object? value) => value is not null && (value is not bool flag || flag);

    private static object? CallWith(TemplateContext context, SourceSpan span, IScriptFunction function, object? item, object?[] args)
    {
        if (args.Length == 0)
        {
            return context.Call(function, span, item);
        }

        var all = new object?[args.Length + 1];
        all[0] = item;
        args.CopyTo(all, 1);
        return context.Call(function, span, all);
    }
}
