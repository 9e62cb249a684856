using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Reads one mapping of the file: checks its keys (unknown, duplicate, not text) once, records where each
/// value is, and reads values by key with the type each property needs.
/// </summary>
internal sealed class MappingReader
{
    private readonly ScalarReader _scalars;
    private readonly Dictionary<string, DataNode> _values = new(StringComparer.Ordinal);

    private MappingReader(ScalarReader scalars, MappingNode node, string path, IReadOnlyList<string>? allowed)
    {
        _scalars = scalars;
        Node = node;
        Path = path;
        var keyPositions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var split = node.IsFlow && allowed is not null ? FlowSplit.Find(node, allowed) : null;
        if (split is not null)
        {
            Context.Error(split.Position, PlanPath.Child(path, split.Key), split.Message);
        }
        for (var index = 0; index < node.Entries.Count; index++)
        {
            var (keyNode, value) = node.Entries[index];
            if (split is not null && split.Covers(index))
            {
                continue;
            }
            if (keyNode is not ScalarNode { IsNull: false } keyScalar)
            {
                Context.Error(keyNode.Position, path, $"a key must be text, found {keyNode.Description}");
                continue;
            }
            var key = Context.CleanText(keyScalar.Value, path, keyNode.Position);
            var childPath = PlanPath.Child(path, key);
            if (keyPositions.TryGetValue(key, out var first))
            {
                Context.Error(keyNode.Position, childPath,
                    $"duplicate key \"{key}\" (first at line {first.Line}, column {first.Column}); remove one of them");
                continue;
            }
            keyPositions[key] = keyNode.Position;
            if (allowed is not null && !allowed.Contains(key))
            {
                if (!(path.Length == 0 && key == PlanKeys.SchemaKey))
                {
                    var hint = SnakeCase.Closest(key, allowed) is { } close ? $" (did you mean \"{close}\"?)" : "";
                    Context.Error(keyNode.Position, childPath,
                        $"unknown key \"{key}\"{hint}; allowed keys: {string.Join(", ", allowed)}");
                }
                continue;
            }
            Context.Record(childPath, value);
            _values[key] = value;
        }
    }

    public ReadContext Context => _scalars.Context;

    public MappingNode Node { get; }

    public string Path { get; }

    /// <summary>The keys read, in file order (for mappings with free keys, such as <c>extra</c>).</summary>
    public IEnumerable<KeyValuePair<string, DataNode>> Values => _values;

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping with the given keys (null: any key), or reports that it is
    /// not a mapping and returns null.
    /// </summary>
    public static MappingReader? Open(ScalarReader scalars, DataNode node, string path, IReadOnlyList<string>? allowed, string what)
    {
        scalars.Context.Record(path, node);
        if (node is MappingNode mapping)
        {
            return new MappingReader(scalars, mapping, path, allowed);
        }
        scalars.Context.Error(node.Position, path, $"expected {what}, found {node.Description}");
        return null;
    }

    public string ChildPath(string key) => PlanPath.Child(Path, key);

    /// <summary>The value of <paramref name="key"/>; null when it is absent or empty.</summary>
    public DataNode? Value(string key) =>
        _values.TryGetValue(key, out var value) && value is not ScalarNode { IsNull: true } ? value : null;

    public string? Text(string key) => Value(key) is { } v ? _scalars.Text(v, ChildPath(key)) : null;

    public string RequiredText(string key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return _scalars.RequiredText(value, ChildPath(key));
        }
        Missing(key);
        return "";
    }

    public int? Int(string key) => Value(key) is { } v ? _scalars.Int(v, ChildPath(key)) : null;

    public decimal? Decimal(string key) => Value(key) is { } v ? _scalars.Decimal(v, ChildPath(key)) : null;

    public bool? Bool(string key) => Value(key) is { } v ? _scalars.Bool(v, ChildPath(key)) : null;

    public DateOnly? Date(string key) => Value(key) is { } v ? _scalars.Date(v, ChildPath(key)) : null;

    public TEnum? Enum<TEnum>(string key) where TEnum : struct, Enum =>
        Value(key) is { } v ? _scalars.Enum<TEnum>(v, ChildPath(key)) : null;

    /// <summary>Reads the value of <paramref name="key"/> with <paramref name="read"/>; null when absent.</summary>
    public T? Object<T>(string key, Func<DataNode, string, T?> read) where T : class =>
        Value(key) is { } v ? read(v, ChildPath(key)) : null;

    /// <summary>Reads a required object; reports it missing and returns <paramref name="fallback"/> when absent.</summary>
    public T RequiredObject<T>(string key, Func<DataNode, string, T?> read, T fallback) where T : class
    {
        if (Value(key) is { } v)
        {
            return read(v, ChildPath(key)) ?? fallback;
        }
        Missing(key);
        return fallback;
    }

    /// <summary>Reads a list, each item with <paramref name="read"/>; empty when absent; unreadable items are left out.</summary>
    public ValueList<T>? List<T>(string key, Func<DataNode, string, T?> read) where T : class
    {
        if (Value(key) is not { } value)
        {
            return null;
        }
        var path = ChildPath(key);
        if (value is not SequenceNode sequence)
        {
            Context.Error(value.Position, path, $"expected a list, found {value.Description}");
            return null;
        }
        var items = new List<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = PlanPath.Item(path, i);
            Context.Record(itemPath, sequence.Items[i]);
            if (read(sequence.Items[i], itemPath) is { } item)
            {
                items.Add(item);
            }
        }
        return new ValueList<T>(items);
    }

    /// <summary>A list of text.</summary>
    public ValueList<string>? TextList(string key) => List<string>(key, _scalars.RequiredText);

    /// <summary>Reports <paramref name="key"/> as required when it is absent or empty; true when it has a value.</summary>
    public bool Require(string key)
    {
        if (Value(key) is not null)
        {
            return true;
        }
        Missing(key);
        return false;
    }

    private void Missing(string key)
    {
        if (!_values.ContainsKey(key))
        {
            Context.Error(Node.Position, ChildPath(key), "required");
        }
        else
        {
            Context.Error(_values[key].Position, ChildPath(key), "must not be empty");
        }
    }
}
