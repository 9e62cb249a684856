using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Plan paths name a value inside a plan the way it is written in the file, for diagnostics.
/// </summary>
/// <remarks>
/// <para>Syntax (stable): the keys of the file format joined by dots, with 0-based list indexes in brackets,
/// e.g. <c>letterhead.date</c>, <c>signature.authority[1]</c>,
/// <c>sections[2].content[0].section.title</c>, <c>appendices[1].tables[0].groups[3].tasks[0].lead</c>.
/// A content block's kind is a segment of its own (<c>content[0].paragraph</c>, <c>content[4].task.lead</c>).
/// A key that is not made of lowercase ASCII letters, digits and underscores (a custom key of
/// <c>extra</c>) is written as a JSON string in brackets: <c>tasks[0].extra["Ghi chú"]</c>.
/// The empty path is the whole document.</para>
/// </remarks>
public static class PlanPath
{
    /// <summary>The path of the whole document.</summary>
    public const string Root = "";

    /// <summary>The path of <paramref name="key"/> inside the mapping at <paramref name="parent"/>.</summary>
    public static string Child(string parent, string key)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(key);
        if (!IsPlainKey(key))
        {
            return $"{parent}[{JsonString(key)}]";
        }
        return parent.Length == 0 ? key : $"{parent}.{key}";
    }

    /// <summary>The path of item <paramref name="index"/> (0-based) of the list at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return $"{parent}[{index}]";
    }

    /// <summary>The path one level up (<c>sections[2].title</c> → <c>sections[2]</c> → <c>sections</c> → ""); null for the root.</summary>
    public static string? Parent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return null;
        }
        var start = LastSegmentStart(path);
        return path[..start];
    }

    /// <summary>
    /// <paramref name="key"/> as a JSON string: quotes, backslashes and control characters escaped, every other
    /// character as it is ("Ghi chú" stays readable). Written here rather than through System.Text.Json, whose
    /// start-up a one-shot <c>cchc render</c> would otherwise pay for the first custom key.
    /// </summary>
    private static string JsonString(string key)
    {
        var quoted = new StringBuilder(key.Length + 2).Append('"');
        foreach (var c in key)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlainKey(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '$');

    // Scans forward so that brackets and dots inside quoted keys are skipped correctly.
    private static int LastSegmentStart(string path)
    {
        var last = 0;
        var i = 0;
        while (i < path.Length)
        {
            last = i;
            if (path[i] == '[')
            {
                i++;
                if (i < path.Length && path[i] == '"')
                {
                    i++;
                    while (i < path.Length && path[i] != '"')
                    {
                        i += path[i] == '\\' ? 2 : 1;
                    }
                    i++;
                }
                while (i < path.Length && path[i] != ']')
                {
                    i++;
                }
                i++;
            }
            else
            {
                i++;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }
            }
        }
        return last;
    }

    internal static string Describe(string path) => path.Length == 0 ? "the document" : path;

    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text.Length > 60 ? TextElements.Head(text, 57) + "…" : text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }
        return builder.Append('"').ToString();
    }
}
