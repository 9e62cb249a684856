using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>A template function backed by a .NET method or delegate (see <see cref="DelegateFunction"/>).</summary>
internal sealed class BoundFunction : IScriptFunction
{
    private readonly MethodBinding _binding;
    private readonly object? _target;

    public BoundFunction(MethodBinding binding, object? target, string name)
    {
        _binding = binding;
        _target = target;
        Name = name;
    }

    /// <summary>The name used in error messages (e.g. <c>array.cycle</c>).</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var named = arguments is ScriptArguments { Named.Count: > 0 } withNames ? withNames.Named : null;
        var slots = _binding.Slots;
        var values = new object?[slots.Length];
        var given = named is null ? null : new bool[slots.Length];
        var positional = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            switch (slot.Kind)
            {
                case ParameterKind.Context:
                    values[i] = context;
                    break;
                case ParameterKind.Span:
                    values[i] = callSite;
                    break;
                case ParameterKind.Params:
                    values[i] = CollectRest(slot, context, callSite, arguments, positional);
                    positional = arguments.Count;
                    break;
                default:
                    if (positional < arguments.Count)
                    {
                        values[i] = slot.Convert(context, callSite, arguments[positional++]);
                        if (given is not null)
                        {
                            given[i] = true;
                        }
                    }
                    else if (given is null)
                    {
                        values[i] = Missing(slot, callSite, arguments.Count);
                    }

                    break;
            }
        }

        if (positional < arguments.Count)
        {
            throw InvalidCount(callSite, arguments.Count + (named?.Count ?? 0), _binding.ValueCount);
        }

        if (named is not null)
        {
            ApplyNamed(context, callSite, arguments.Count, named, values, given!);
        }

        try
        {
            return _binding.Invoke(_target, values);
        }
        catch (Exception ex) when (ex is not TemplateException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new TemplateException(callSite, $"Error in `{Name}`: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static Array CollectRest(ParameterSlot slot, TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, int start)
    {
        var count = Math.Max(0, arguments.Count - start);
        var rest = Array.CreateInstance(slot.Type, count);
        for (var j = 0; j < count; j++)
        {
            rest.SetValue(slot.Convert(context, callSite, arguments[start + j]), j);
        }

        return rest;
    }

    private void ApplyNamed(
        TemplateContext context,
        SourceSpan callSite,
        int positionalCount,
        IReadOnlyList<KeyValuePair<string, object?>> named,
        object?[] values,
        bool[] given)
    {
        // Scriban's rules: a named argument replaces a positional one given for the same parameter,
        // and a named argument naming the params array (`args: x args: y`) appends to it.
        var slots = _binding.Slots;
        List<object?>? extra = null;
        var paramsIndex = -1;
        foreach (var (name, value) in named)
        {
            var index = FindSlot(name);
            if (index < 0)
            {
                throw new TemplateException(callSite, $"The argument `{name}` was not found in the parameters of `{Name}`. Expecting one of: {ListNames()}");
            }

            if (slots[index].Kind == ParameterKind.Params)
            {
                paramsIndex = index;
                (extra ??= new List<object?>()).Add(slots[index].Convert(context, callSite, value));
                continue;
            }

            values[index] = slots[index].Convert(context, callSite, value);
            given[index] = true;
        }

        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Kind == ParameterKind.Value && !given[i])
            {
                values[i] = Missing(slots[i], callSite, positionalCount + named.Count);
            }
        }

        if (extra is not null)
        {
            var collected = (Array)values[paramsIndex]!;
            var merged = Array.CreateInstance(slots[paramsIndex].Type, collected.Length + extra.Count);
            Array.Copy(collected, merged, collected.Length);
            for (var j = 0; j < extra.Count; j++)
            {
                merged.SetValue(extra[j], collected.Length + j);
            }

            values[paramsIndex] = merged;
        }
    }

    private int FindSlot(string name)
    {
        var slots = _binding.Slots;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Kind is ParameterKind.Value or ParameterKind.Params
                && (string.Equals(slots[i].Name, name, StringComparison.Ordinal) || string.Equals(slots[i].ClrName, name, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private string ListNames() =>
        string.Join(", ", _binding.Slots.Where(s => s.Kind is ParameterKind.Value or ParameterKind.Params).Select(s => s.Name));

    private object? Missing(ParameterSlot slot, SourceSpan callSite, int argumentCount) =>
        slot.IsOptional ? slot.DefaultValue : throw InvalidCount(callSite, argumentCount, _binding.RequiredCount);

    private TemplateException InvalidCount(SourceSpan callSite, int count, int expected) =>
        new(callSite, $"Invalid number of arguments `{count}` passed to `{Name}` while expecting `{expected}` arguments");
}
