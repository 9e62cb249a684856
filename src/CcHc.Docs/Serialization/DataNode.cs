namespace CcHc.Docs.Serialization;

/// <summary>A 1-based line and column in the input text.</summary>
internal readonly record struct SourcePosition(int Line, int Column);

/// <summary>
/// A node of the format-neutral tree that both YAML and JSON are read into and written from:
/// the mapping to and from <see cref="Plans.Plan"/> is written once, over this tree.
/// </summary>
internal abstract class DataNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>How the node is named in "expected …, found …" messages.</summary>
    public abstract string Description { get; }
}

/// <summary>
/// A scalar. <see cref="IsPlain"/> marks an untyped token (YAML plain scalar; JSON number, true, false, null)
/// whose meaning depends on the property it is read for; a quoted or block scalar is always text.
/// </summary>
internal sealed class ScalarNode(string value, bool isPlain, SourcePosition position = default) : DataNode(position)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty plain scalar, <c>~</c> or <c>null</c>: no value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Description => IsNull ? "an empty value" : $"text {PlanPath.Quote(Value)}";
}

/// <summary>A list.</summary>
internal sealed class SequenceNode(SourcePosition position = default) : DataNode(position)
{
    public List<DataNode> Items { get; } = [];

    public override string Description => "a list";
}

/// <summary>A mapping, its entries in file order (duplicates kept, so that the reader can report them).</summary>
internal sealed class MappingNode(SourcePosition position = default) : DataNode(position)
{
    public List<KeyValuePair<DataNode, DataNode>> Entries { get; } = [];

    public override string Description => "a mapping";

    /// <summary>True when written in flow style (<c>{ a: 1, b: 2 }</c>, or a pair inside <c>[ … ]</c>), where ", " and ": " end a plain value.</summary>
    public bool IsFlow { get; init; }

    public MappingNode Add(string key, DataNode value)
    {
        Entries.Add(new(new ScalarNode(key, isPlain: false), value));
        return this;
    }
}
