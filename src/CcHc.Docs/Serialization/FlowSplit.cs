using System.Text;

namespace CcHc.Docs.Serialization;

/// <summary>
/// A value that YAML cut in pieces inside a flow mapping: an unquoted ", " ends a plain value there, so
/// <c>{ text: Căn cứ Luật A, Luật B }</c> reads as <c>text: Căn cứ Luật A</c> and a key "Luật B", and an unquoted
/// ": " makes a key of the words before it (<c>[ Mục tiêu: nâng cao ]</c>). Found once per mapping, so the reader
/// says "quote this value" instead of an unknown-key error per piece.
/// </summary>
internal sealed record FlowSplit(int First, int Last, string Key, SourcePosition Position, string Message)
{
    /// <summary>True for the entries that are pieces of the split value (reported once, not as unknown keys).</summary>
    public bool Covers(int index) => index >= First && index <= Last;

    /// <summary>The first split value of a flow mapping whose allowed keys are <paramref name="allowed"/>, or null.</summary>
    public static FlowSplit? Find(MappingNode node, IReadOnlyList<string> allowed)
    {
        var entries = node.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!IsStray(entries[i], allowed))
            {
                continue;
            }
            var last = i;
            while (last + 1 < entries.Count && IsStray(entries[last + 1], allowed))
            {
                last++;
            }
            var stray = (ScalarNode)entries[i].Key;
            if (i > 0 && entries[i - 1] is { Key: ScalarNode { IsNull: false } key, Value: ScalarNode { IsPlain: true, IsNull: false } cut }
                && allowed.Contains(key.Value))
            {
                var whole = Whole(cut.Value, entries, i, last);
                return new FlowSplit(i, last, key.Value, stray.Position,
                    $"inside {{ … }} an unquoted \", \" ends the value of \"{key.Value}\", so {PlanPath.Quote(stray.Value)} was read as a key; "
                    + $"quote this value: {key.Value}: {PlanPath.Quote(whole)}");
            }
            if (i == 0 && entries[i].Value is ScalarNode { IsPlain: true, IsNull: false } && !LooksLikeKey(stray.Value))
            {
                var whole = Whole(null, entries, i, last);
                return new FlowSplit(i, last, stray.Value, stray.Position,
                    $"inside [ … ] or {{ … }} an unquoted \": \" makes {PlanPath.Quote(stray.Value)} a key; quote this value: {PlanPath.Quote(whole)}");
            }
            // The rest of the run follows a stray piece, so it cannot start a split: go on after it (linear time).
            i = last;
        }
        return null;
    }

    // An entry the mapping does not allow whose key is plain text: a piece of a value, not a misspelt key.
    private static bool IsStray(KeyValuePair<DataNode, DataNode> entry, IReadOnlyList<string> allowed) =>
        entry.Key is ScalarNode { IsPlain: true, IsNull: false } key && !allowed.Contains(key.Value)
        && entry.Value is ScalarNode { IsPlain: true } && (!LooksLikeKey(key.Value) || entry.Value is ScalarNode { IsNull: true });

    // The value as written: the pieces joined by ", ", each "key: value" when it had one; cut short in a message.
    private static string Whole(string? first, List<KeyValuePair<DataNode, DataNode>> entries, int from, int to)
    {
        const int MaxLength = 300;
        var text = new StringBuilder(first);
        for (var j = from; j <= to && text.Length < MaxLength; j++)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }
            text.Append(((ScalarNode)entries[j].Key).Value);
            if (entries[j].Value is ScalarNode { IsNull: false } value)
            {
                text.Append(": ").Append(value.Value);
            }
        }
        return text.Length < MaxLength ? text.ToString() : text.ToString(0, MaxLength) + "…";
    }

    // snake_case ASCII, as every key of the format is: "titel" is a misspelt key, "Luật B" is text.
    private static bool LooksLikeKey(string text) =>
        text.Length > 0 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
