using System.Text;
using System.Text.Json;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Reads strict JSON (no comments, no trailing commas) into a <see cref="DataNode"/> tree with
/// <see cref="Utf8JsonReader"/>, turning byte offsets into 1-based lines and character columns.
/// </summary>
internal static class JsonTreeBuilder
{
    /// <summary>Builds the tree of <paramref name="text"/>; null (with an error recorded) on failure.</summary>
    public static DataNode? Build(string text, PlanReaderOptions options, ReadContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        var limits = new TreeLimits(options);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = options.MaxDepth + 2,
        });
        var stack = new Stack<DataNode>();
        var pendingKeys = new Stack<ScalarNode?>();
        DataNode? root = null;
        try
        {
            while (reader.Read())
            {
                var position = lines.PositionOf(reader.TokenStartIndex);
                DataNode? complete = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        limits.CheckDepth(stack.Count + 1, position);
                        limits.AddNodes(1, position);
                        stack.Push(reader.TokenType == JsonTokenType.StartObject ? new MappingNode(position) : new SequenceNode(position));
                        pendingKeys.Push(null);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        pendingKeys.Pop();
                        complete = stack.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        pendingKeys.Pop();
                        pendingKeys.Push(new ScalarNode(reader.GetString()!, isPlain: false, position));
                        continue;
                    case JsonTokenType.String:
                        complete = new ScalarNode(reader.GetString()!, isPlain: false, position);
                        break;
                    case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                        complete = new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), isPlain: true, position);
                        break;
                }
                if (complete is null)
                {
                    continue;
                }
                if (complete is ScalarNode)
                {
                    limits.AddNodes(1, position);
                }
                switch (stack.Count == 0 ? null : stack.Peek())
                {
                    case null:
                        root = complete;
                        break;
                    case SequenceNode sequence:
                        sequence.Items.Add(complete);
                        break;
                    case MappingNode mapping:
                        mapping.Entries.Add(new(pendingKeys.Peek()!, complete));
                        break;
                }
            }
            return root;
        }
        catch (TreeBuildException e)
        {
            context.Error(e.Position, PlanPath.Root, e.Message);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var position = lines.PositionOf(line, (int)(e.BytePositionInLine ?? 0));
            context.Error(position, PlanPath.Root, $"JSON syntax error: {CleanMessage(e.Message)}");
        }
        catch (InvalidOperationException e)
        {
            // GetString on an escape that is not valid UTF-16, such as a lone "\ud800".
            context.Error(lines.PositionOf(reader.TokenStartIndex), PlanPath.Root, $"JSON syntax error: {e.Message}");
        }
        return null;
    }

    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).TrimEnd();
        // System.Text.Json's advice is for programmers ("Change the reader options"); a plan's author needs this.
        if (text.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "a comma after the last item of a list or object; JSON allows none there, so delete the comma.";
        }
        if (text.Contains("comment", StringComparison.OrdinalIgnoreCase) && text.Contains("Change the reader options", StringComparison.Ordinal))
        {
            return "a comment; JSON allows none, so delete it (or write the plan as YAML, which allows # comments).";
        }
        return text.Replace(" Change the reader options.", "", StringComparison.Ordinal);
    }

    /// <summary>Turns UTF-8 byte offsets into 1-based lines and character (UTF-16) columns.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition PositionOf(long offset)
        {
            var index = _lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return PositionOf(line, (int)offset - _lineStarts[line]);
        }

        public SourcePosition PositionOf(int zeroBasedLine, int byteInLine)
        {
            var line = Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
            var start = _lineStarts[line];
            var length = Math.Clamp(byteInLine, 0, _bytes.Length - start);
            return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(_bytes, start, length) + 1);
        }
    }
}
