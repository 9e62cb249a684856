using System.Collections;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>Reading and writing members and indexes of runtime values (script objects, arrays, dictionaries, host objects).</summary>
internal static class MemberAccess
{
    /// <summary>Reads <c>target.name</c>. Returns false when the member does not exist.</summary>
    public static bool TryGetMember(TemplateContext context, object target, string name, out object? value)
    {
        switch (target)
        {
            case ScriptObject so:
                if (so.TryGetValue(name, out value))
                {
                    if (value is ContextValue perContext)
                    {
                        value = perContext.Get(context);
                    }

                    return true;
                }

                break;
            case ScriptArray array:
                if (name == "size")
                {
                    value = array.Count;
                    return true;
                }

                if (array.HasMembers && array.Members.TryGetValue(name, out value))
                {
                    return true;
                }

                break;
            case LoopState loop:
                return loop.TryGet(name, out value);
            case IDictionary<string, object?> dictionary:
                if (dictionary.TryGetValue(name, out value))
                {
                    return true;
                }

                break;
            case IDictionary legacy:
                if (legacy.Contains(name))
                {
                    value = legacy[name];
                    return true;
                }

                break;
            case string s:
                if (name == "size")
                {
                    value = s.Length;
                    return true;
                }

                break;
            case ICollection collection:
                if (name == "size")
                {
                    value = collection.Count;
                    return true;
                }

                break;
            case ScriptRange range:
                if (name == "size")
                {
                    value = range.Count;
                    return true;
                }

                break;
            case IScriptFunction:
            case EmptyObject:
                break;
            default:
                if (!target.GetType().IsPrimitive && target is not decimal)
                {
                    if (MemberAccessorCache.Get(target.GetType()).TryGet(target, name, out value))
                    {
                        return true;
                    }
                }

                break;
        }

        if (name == "empty?")
        {
            value = Operators.IsEmpty(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Writes <c>target.name = value</c>.</summary>
    public static void SetMember(TemplateContext context, object target, string name, object? value, SourceSpan span, string path)
    {
        switch (target)
        {
            case ScriptObject so:
                if (so.IsFrozen && so.TryGetValue(name, out var current) && current is ContextValue perContext)
                {
                    perContext.Set(context, value, span);
                    return;
                }

                if (so.IsReadOnly(name))
                {
                    throw new TemplateException(span, $"Cannot set a value for the readonly member: {path}");
                }

                so.SetValue(name, value);
                return;
            case ScriptArray array:
                array.Members.SetValue(name, value);
                return;
            case IDictionary<string, object?> dictionary:
                if (dictionary.IsReadOnly)
                {
                    throw new TemplateException(span, $"Cannot set a value for the readonly member: {path}");
                }

                dictionary[name] = value;
                return;
            case IDictionary legacy when !legacy.IsReadOnly:
                legacy[name] = value;
                return;
        }

        throw new TemplateException(span, $"Cannot set the member `{name}` on a `{ValueConverter.TypeName(target)}` object: {path}");
    }

    /// <summary>Reads <c>target[index]</c>.</summary>
    public static object? GetIndex(TemplateContext context, object target, object index, SourceSpan span)
    {
        switch (target)
        {
            case ScriptObject or IDictionary<string, object?> or IDictionary when index is not string && target is ScriptObject:
                TryGetMember(context, target, context.ToText(index), out var byText);
                return byText;
            case ScriptObject or IDictionary<string, object?> or IDictionary or LoopState:
                TryGetMember(context, target, context.ToText(index), out var member);
                return member;
            case string s:
                if (!ValueConverter.TryToInt(index, out var charIndex))
                {
                    return null;
                }

                if (charIndex < 0)
                {
                    charIndex += s.Length;
                }

                return (uint)charIndex < (uint)s.Length ? s[charIndex].ToString() : null;
            case IList list:
                return ListItem(list.Count, index, i => list[i]);
            case IReadOnlyList<object?> readOnly:
                return ListItem(readOnly.Count, index, i => readOnly[i]);
            case IEnumerable enumerable:
                if (ValueConverter.TryToInt(index, out var position))
                {
                    var items = enumerable.Cast<object?>().ToList();
                    return ListItem(items.Count, position, i => items[i]);
                }

                return null;
        }

        if (index is string name)
        {
            TryGetMember(context, target, name, out var value);
            return value;
        }

        throw new TemplateException(span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{context.ToText(target)}` as a list.");
    }

    private static object? ListItem(int count, object index, Func<int, object?> get)
    {
        if (!ValueConverter.TryToInt(index, out var i))
        {
            return null;
        }

        if (i < 0)
        {
            i += count;
        }

        return (uint)i < (uint)count ? get(i) : null;
    }

    /// <summary>Writes <c>target[index] = value</c>; script arrays grow as needed.</summary>
    public static void SetIndex(TemplateContext context, object target, object index, object? value, SourceSpan span, string path)
    {
        switch (target)
        {
            case ScriptObject so:
                var key = context.ToText(index);
                if (so.IsReadOnly(key))
                {
                    throw new TemplateException(span, $"Cannot set a value for the readonly member `{key}` in the indexer: {path}");
                }

                so.SetValue(key, value);
                return;
            case IDictionary<string, object?> dictionary:
                dictionary[context.ToText(index)] = value;
                return;
            case IList list when !list.IsReadOnly:
                if (!ValueConverter.TryToInt(index, out var i))
                {
                    throw new TemplateException(span, $"Expecting an integer index instead of `{context.ToText(index)}`: {path}");
                }

                if (i < 0)
                {
                    i += list.Count;
                    if (i < 0)
                    {
                        return;
                    }
                }

                var limit = context.Limits.LoopLimit > 0 ? Math.Max(context.Limits.LoopLimit, list.Count) : int.MaxValue;
                if (i >= list.Count)
                {
                    if (i > limit || list.IsFixedSize)
                    {
                        throw new TemplateException(span, $"Index `{i}` is out of range in: {path}");
                    }

                    while (list.Count <= i)
                    {
                        list.Add(null);
                    }
                }

                list[i] = value;
                return;
        }

        throw new TemplateException(span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{context.ToText(target)}` as a list.");
    }
}
