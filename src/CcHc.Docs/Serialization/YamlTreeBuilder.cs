using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Reads YAML into a <see cref="DataNode"/> tree with YamlDotNet's event parser, keeping each node's position.
/// Aliases share their anchor's node; each counts as a full copy against <see cref="PlanReaderOptions.MaxNodes"/>,
/// so an alias bomb fails as soon as its expansion passes the limit, before anything is expanded.
/// </summary>
internal static partial class YamlTreeBuilder
{
    private const string CoreTag = "tag:yaml.org,2002:";
    private const string StringTag = CoreTag + "str";

    /// <summary>Builds the tree of the single document in <paramref name="text"/>; null (with an error recorded) on failure.</summary>
    public static DataNode? Build(string text, PlanReaderOptions options, ReadContext context)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            return new Builder(options, context).Run(parser);
        }
        catch (TreeBuildException e)
        {
            context.Error(e.Position, PlanPath.Root, e.Message);
        }
        catch (YamlException e) when (e.Message.Contains(" tab", StringComparison.Ordinal) && IndentingTab(text, (int)e.Start.Line) is { } tab)
        {
            // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping, often (1,1).
            context.Error(tab, PlanPath.Root,
                "YAML syntax error: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces.");
        }
        catch (YamlException e) when (FlowColonValue(text, ToPosition(e.Start)) is { } value)
        {
            context.Error(ToPosition(e.Start), PlanPath.Root,
                $"YAML syntax error: inside {{ … }} or [ … ] an unquoted \": \" cannot be part of a value; quote this value: {PlanPath.Quote(value)}");
        }
        catch (YamlException e)
        {
            context.Error(ToPosition(e.Start), PlanPath.Root, $"YAML syntax error: {CleanMessage(e.Message)}");
        }
        catch (InvalidOperationException e) when (e.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections ("[a" then a new key);
            // report it where parsing stopped instead of letting an internal exception escape.
            var at = parser.Current is { } last ? ToPosition(last.End) : new SourcePosition(1, 1);
            context.Error(at, PlanPath.Root, "YAML syntax error after this point: check for an unclosed '[', '{' or quote.");
        }
        return null;
    }

    /// <summary>The first tab in the leading whitespace of a line, from <paramref name="fromLine"/> on; null when none.</summary>
    private static SourcePosition? IndentingTab(string text, int fromLine)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            if (line >= fromLine)
            {
                for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
                {
                    if (text[i] == '\t')
                    {
                        return new SourcePosition(line, i - start + 1);
                    }
                }
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    /// <summary>
    /// The plain value that an unquoted ": " cut inside a flow collection, when the error stands on that ":"
    /// (<c>{ title: Mục tiêu: nâng cao }</c> gives "Mục tiêu: nâng cao"); null otherwise.
    /// </summary>
    private static string? FlowColonValue(string text, SourcePosition at)
    {
        var lines = text.Split('\n');
        if (at.Line > lines.Length)
        {
            return null;
        }
        var line = lines[at.Line - 1].TrimEnd('\r');
        var colon = at.Column - 1;
        if (colon <= 0 || colon >= line.Length || line[colon] != ':' || colon + 1 < line.Length && line[colon + 1] != ' ')
        {
            return null;
        }
        var start = Math.Max(line.LastIndexOf(": ", colon - 1, StringComparison.Ordinal) + 2,
            Math.Max(line.LastIndexOfAny(['{', '[', ','], colon - 1) + 1, 0));
        var end = line.IndexOfAny([',', '}', ']'], colon);
        var value = line[start..(end < 0 ? line.Length : end)].Trim();
        return value.Length > 0 && value.Contains(": ", StringComparison.Ordinal) ? value : null;
    }

    internal static SourcePosition ToPosition(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string CleanMessage(string message) => MarkPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed record Anchored(DataNode Node, long Size, long Height);

    private sealed class Frame(DataNode node, string? anchor)
    {
        public DataNode Node { get; } = node;
        public string? Anchor { get; } = anchor;
        public DataNode? PendingKey { get; set; }
        public long Size { get; set; } = 1;
        public long Height { get; set; }
    }

    private sealed class Builder(PlanReaderOptions options, ReadContext context)
    {
        private readonly TreeLimits _limits = new(options);
        private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _stack = new();
        private DataNode? _root;
        private int _documents;

        public DataNode? Run(Parser parser)
        {
            while (parser.MoveNext())
            {
                var position = ToPosition(parser.Current!.Start);
                switch (parser.Current)
                {
                    case DocumentStart:
                        if (++_documents > 1)
                        {
                            throw new TreeBuildException(position,
                                "the file holds more than one YAML document; keep one plan per file and remove the second '---'");
                        }
                        break;
                    case Scalar scalar:
                        var isPlain = ScalarIsPlain(scalar.Tag, position) && scalar.Style == ScalarStyle.Plain;
                        Complete(new ScalarNode(scalar.Value, isPlain, position), AnchorOf(scalar), 1, 0);
                        break;
                    case SequenceStart sequence:
                        CheckCollectionTag(sequence.Tag, position, "seq");
                        Open(new SequenceNode(position), AnchorOf(sequence));
                        break;
                    case MappingStart mapping:
                        CheckCollectionTag(mapping.Tag, position, "map");
                        Open(new MappingNode(position) { IsFlow = mapping.Style == MappingStyle.Flow }, AnchorOf(mapping));
                        break;
                    case SequenceEnd or MappingEnd:
                        var frame = _stack.Pop();
                        Complete(frame.Node, frame.Anchor, frame.Size, frame.Height);
                        break;
                    case AnchorAlias alias:
                        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                        {
                            throw new TreeBuildException(position,
                                $"the alias *{alias.Value.Value} refers to no anchor defined before it; define &{alias.Value.Value} first");
                        }
                        _limits.CheckDepth(_stack.Count + 1 + anchored.Height, position);
                        _limits.AddNodes(anchored.Size, position);
                        Attach(anchored.Node, anchored.Size, anchored.Height);
                        break;
                }
            }
            return _root;
        }

        private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

        // A scalar tagged !!str or "!" is text; !!int, !!float, !!bool and !!null leave it untyped.
        private bool ScalarIsPlain(TagName tag, SourcePosition position)
        {
            if (tag.IsEmpty)
            {
                return true;
            }
            if (tag.IsNonSpecific || tag.Value == StringTag)
            {
                return false;
            }
            if (tag.Value is not (CoreTag + "int" or CoreTag + "float" or CoreTag + "bool" or CoreTag + "null"))
            {
                Unsupported(tag, position);
            }
            return true;
        }

        private void CheckCollectionTag(TagName tag, SourcePosition position, string expected)
        {
            if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != CoreTag + expected)
            {
                Unsupported(tag, position);
            }
        }

        private void Unsupported(TagName tag, SourcePosition position) =>
            context.Error(position, PlanPath.Root, $"the tag {tag.Value} is not supported; remove it");

        private void Open(DataNode node, string? anchor)
        {
            _limits.CheckDepth(_stack.Count + 1, node.Position);
            _limits.AddNodes(1, node.Position);
            _stack.Push(new Frame(node, anchor));
        }

        private void Complete(DataNode node, string? anchor, long size, long height)
        {
            if (node is ScalarNode)
            {
                _limits.AddNodes(1, node.Position);
            }
            if (anchor is not null)
            {
                _anchors[anchor] = new Anchored(node, size, height);
            }
            Attach(node, size, height);
        }

        private void Attach(DataNode node, long size, long height)
        {
            if (_stack.Count == 0)
            {
                _root = node;
                return;
            }
            var parent = _stack.Peek();
            parent.Size += size;
            parent.Height = Math.Max(parent.Height, height + 1);
            switch (parent.Node)
            {
                case SequenceNode sequence:
                    sequence.Items.Add(node);
                    break;
                case MappingNode when parent.PendingKey is null:
                    parent.PendingKey = node;
                    break;
                case MappingNode mapping:
                    mapping.Entries.Add(new(parent.PendingKey!, node));
                    parent.PendingKey = null;
                    break;
            }
        }
    }
}
