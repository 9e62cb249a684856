using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Writes a <see cref="DataNode"/> tree as block-style YAML, two spaces per level. Text is plain when YAML 1.2
/// would read it back as the same text, a literal block (<c>|</c>) when it spans lines, double-quoted otherwise.
/// Non-ASCII letters are written as they are.
/// </summary>
internal static partial class YamlEmitter
{
    public static string Write(MappingNode root, string? header)
    {
        var output = new StringBuilder();
        if (header is not null)
        {
            output.Append("# ").Append(header).Append('\n');
        }
        WriteMapping(output, root, indent: 0, inline: false);
        return output.ToString();
    }

    // "inline": the first entry continues the current line (after "- ").
    private static void WriteMapping(StringBuilder output, MappingNode map, int indent, bool inline)
    {
        var first = true;
        foreach (var (key, value) in map.Entries)
        {
            if (!(first && inline))
            {
                output.Append(' ', indent);
            }
            first = false;
            output.Append(Scalar(((ScalarNode)key).Value, isPlain: false)).Append(':');
            WriteValue(output, value, indent);
        }
    }

    private static void WriteSequence(StringBuilder output, SequenceNode sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            output.Append(' ', indent).Append('-');
            switch (item)
            {
                case MappingNode { Entries.Count: > 0 } map:
                    output.Append(' ');
                    WriteMapping(output, map, indent + 2, inline: true);
                    break;
                case SequenceNode { Items.Count: > 0 } nested:
                    output.Append('\n');
                    WriteSequence(output, nested, indent + 2);
                    break;
                default:
                    WriteValue(output, item, indent);
                    break;
            }
        }
    }

    // Writes what follows "key:" or "-", through the end of the value's last line.
    private static void WriteValue(StringBuilder output, DataNode value, int indent)
    {
        switch (value)
        {
            case MappingNode { Entries.Count: 0 }:
                output.Append(" {}\n");
                break;
            case SequenceNode { Items.Count: 0 }:
                output.Append(" []\n");
                break;
            case MappingNode map:
                output.Append('\n');
                WriteMapping(output, map, indent + 2, inline: false);
                break;
            case SequenceNode sequence:
                output.Append('\n');
                WriteSequence(output, sequence, indent + 2);
                break;
            case ScalarNode scalar when !scalar.IsPlain && IsLiteralBlockSafe(scalar.Value):
                WriteLiteral(output, scalar.Value, indent + 2);
                break;
            case ScalarNode scalar:
                output.Append(' ').Append(Scalar(scalar.Value, scalar.IsPlain)).Append('\n');
                break;
        }
    }

    private static void WriteLiteral(StringBuilder output, string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        output.Append(trailing switch { 0 => " |-", 1 => " |", _ => " |+" }).Append('\n');
        var body = trailing > 0 ? text[..^1] : text;
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                output.Append(' ', indent).Append(line);
            }
            output.Append('\n');
        }
    }

    /// <summary>A scalar as written on one line: raw tokens as they are, text plain when safe, else double-quoted.</summary>
    internal static string Scalar(string text, bool isPlain) =>
        isPlain || IsPlainSafe(text) ? text : DoubleQuoted(text);

    /// <summary>True when <paramref name="text"/> can be written unquoted and reads back as the same text in YAML 1.2.</summary>
    internal static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || "-?:,[]{}#&*!|>'\"%@`.".Contains(text[0]) || char.IsWhiteSpace(text[0])
            || char.IsWhiteSpace(text[^1]) || text[^1] == ':')
        {
            return false;
        }
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal)
            || text.Any(NeedsEscape) || text.Contains('\t'))
        {
            return false;
        }
        return !ReadsAsOtherType().IsMatch(text);
    }

    // Null, booleans (YAML 1.1 and 1.2), numbers (decimal, hex, octal, sexagesimal) and the merge key.
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<|[-+]?[0-9][0-9_,:]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9]+([eE][-+]?[0-9]+)?|0[xob][0-9a-fA-F_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex ReadsAsOtherType();

    // Multi-line text that a literal block keeps exactly: no carriage returns, tabs or characters that need
    // escapes, and no line that starts with a space (which would change the block's indentation).
    private static bool IsLiteralBlockSafe(string text) =>
        text.Contains('\n') && !text.Any(c => c is '\r' or '\t' || (c != '\n' && NeedsEscape(c)))
        && text.Split('\n').All(line => !line.StartsWith(' '));

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);

    private static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\0' => "\\0",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when c <= '\u00FF' && NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
