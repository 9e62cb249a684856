using System.Globalization;
using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>string</c> module: text tests, case, trimming, searching and replacing.</summary>
/// <remarks>A null text behaves as "no text": tests return false, transformations return null or empty.</remarks>
internal static partial class StringFunctions
{
    /// <summary>Escapes a string with escape characters (<c>\n</c>, <c>\"</c>, <c>\\</c>…).</summary>
    public static string? Escape(string? text) => text is null ? null : EscapeCore(text);

    /// <summary>Concatenates two strings.</summary>
    public static string Append(string? text, string? with) => (text ?? string.Empty) + (with ?? string.Empty);

    /// <summary>Concatenates two strings, <paramref name="by"/> first.</summary>
    public static string Prepend(string? text, string? by) => (by ?? string.Empty) + (text ?? string.Empty);

    /// <summary>Converts the first character to upper case.</summary>
    public static string? Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Converts the first character of each word to upper case.</summary>
    [ScriptName("capitalizewords")]
    public static string? CapitalizeWords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                builder.Append(c);
            }
            else
            {
                builder.Append(atWordStart ? char.ToUpperInvariant(c) : c);
                atWordStart = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="value"/> (false when either is null).</summary>
    public static bool Contains(string? text, string? value) =>
        text is not null && value is not null && text.Contains(value, StringComparison.Ordinal);

    /// <summary>True when the text is null or empty.</summary>
    public static bool Empty(string? text) => string.IsNullOrEmpty(text);

    /// <summary>True when the text is null, empty or only whitespace.</summary>
    public static bool Whitespace(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Converts the text to lower case.</summary>
    public static string? Downcase(string? text) => text?.ToLowerInvariant();

    /// <summary>Converts the text to upper case.</summary>
    public static string? Upcase(string? text) => text?.ToUpperInvariant();

    /// <summary>True when <paramref name="text"/> ends with <paramref name="value"/>.</summary>
    public static bool EndsWith(string? text, string? value) =>
        text is not null && value is not null && text.EndsWith(value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> starts with <paramref name="value"/>.</summary>
    public static bool StartsWith(string? text, string? value) =>
        text is not null && value is not null && text.StartsWith(value, StringComparison.Ordinal);

    /// <summary>True when both strings are equal ignoring case.</summary>
    public static bool EqualsIgnoreCase(string? text, string? value) =>
        string.Equals(text, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Makes a URL handle: lower-case letters and digits, other runs become one <c>-</c>.</summary>
    public static string Handleize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text as a double-quoted literal, escaped (null gives <c>null</c>).</summary>
    public static string Literal(string? text) => text is null ? "null" : "\"" + EscapeCore(text) + "\"";

    /// <summary>Removes whitespace on the left.</summary>
    public static string? Lstrip(string? text) => text?.TrimStart();

    /// <summary>Removes whitespace on the right.</summary>
    public static string? Rstrip(string? text) => text?.TrimEnd();

    /// <summary>Removes whitespace on both sides.</summary>
    public static string? Strip(string? text) => text?.Trim();

    /// <summary>Removes every <c>\r\n</c>, <c>\n</c> and <c>\r</c>.</summary>
    public static string? StripNewlines(string? text) =>
        text?.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);

    /// <summary>Returns <paramref name="singular"/> when <paramref name="number"/> is 1, else <paramref name="plural"/>.</summary>
    public static string? Pluralize(int number, string? singular, string? plural) => number == 1 ? singular : plural;

    /// <summary>Removes every occurrence of <paramref name="remove"/>.</summary>
    public static string? Remove(string? text, string? remove) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(remove) ? text : text.Replace(remove, string.Empty, StringComparison.Ordinal);

    /// <summary>Removes the first occurrence of <paramref name="remove"/>.</summary>
    public static string? RemoveFirst(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty);

    /// <summary>Removes the last occurrence of <paramref name="remove"/>.</summary>
    public static string? RemoveLast(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty, fromEnd: true);

    /// <summary>Replaces every occurrence of <paramref name="match"/> by <paramref name="replace"/>.</summary>
    public static string? Replace(string? text, string? match, string? replace) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(match) ? text : text.Replace(match, replace ?? string.Empty, StringComparison.Ordinal);

    /// <summary>Replaces the first (or, with <paramref name="fromEnd"/>, the last) occurrence of <paramref name="match"/>.</summary>
    public static string? ReplaceFirst(string? text, string? match, string? replace, bool fromEnd = false)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(match))
        {
            return text;
        }

        var index = fromEnd ? text.LastIndexOf(match, StringComparison.Ordinal) : text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + match.Length));
    }

    /// <summary>The number of characters (0 for null).</summary>
    public static int Size(string? text) => text?.Length ?? 0;

    /// <summary>
    /// The substring from <paramref name="start"/> (negative counts from the end) of <paramref name="length"/>
    /// characters; 0 means the rest of the text.
    /// </summary>
    public static string Slice(string? text, int start, int length = 0) =>
        text is null ? string.Empty : SliceCore(text, start, length == 0 ? text.Length : length);

    /// <summary>Like <see cref="Slice"/> but the length defaults to 1.</summary>
    public static string Slice1(string? text, int start, int length = 1) =>
        text is null ? string.Empty : SliceCore(text, start, length);

    /// <summary>Splits the text on <paramref name="match"/>, dropping empty entries.</summary>
    public static ScriptArray Split(string? text, string? match)
    {
        var result = new ScriptArray();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        var parts = string.IsNullOrEmpty(match)
            ? [text]
            : text.Split(match, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            result.Add(part);
        }

        return result;
    }

    /// <summary>Truncates to <paramref name="length"/> characters, the <paramref name="ellipsis"/> included.</summary>
    public static string? Truncate(string? text, int length, string? ellipsis = "...")
    {
        ellipsis ??= string.Empty;
        if (text is null || text.Length <= length)
        {
            return text;
        }

        var keep = Math.Max(0, length - ellipsis.Length);
        return string.Concat(text.AsSpan(0, keep), ellipsis);
    }

    /// <summary>Keeps the first <paramref name="count"/> words and appends the <paramref name="ellipsis"/> when words were dropped.</summary>
    [ScriptName("truncatewords")]
    public static string? TruncateWords(string? text, int count, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (words == Math.Max(count, 0))
            {
                return text[..LastNonWhitespaceEnd(text, i)] + ellipsis;
            }

            words++;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return text;
    }

    /// <summary>Pads with leading spaces to <paramref name="width"/> characters.</summary>
    public static string PadLeft(string? text, int width) => (text ?? string.Empty).PadLeft(Math.Max(0, width));

    /// <summary>Pads with trailing spaces to <paramref name="width"/> characters.</summary>
    public static string PadRight(string? text, int width) => (text ?? string.Empty).PadRight(Math.Max(0, width));

    /// <summary>The index of <paramref name="search"/> in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(SourceSpan span, string? text, string? search, int? startIndex = null, int? count = null, string? stringComparison = null)
    {
        if (text is null || search is null)
        {
            return -1;
        }

        var comparison = StringComparison.Ordinal;
        if (stringComparison is not null && !Enum.TryParse(stringComparison, ignoreCase: true, out comparison))
        {
            throw new TemplateException(span, $"Invalid string comparison `{stringComparison}`. Expecting one of: {string.Join(", ", Enum.GetNames<StringComparison>())}");
        }

        var start = startIndex ?? 0;
        if (start < 0 || start > text.Length)
        {
            return -1;
        }

        var length = Math.Clamp(count ?? text.Length - start, 0, text.Length - start);
        return text.IndexOf(search, start, length, comparison);
    }

    private static int LastNonWhitespaceEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static string SliceCore(string text, int start, int length)
    {
        if (start < 0)
        {
            start += text.Length;
            if (start < 0)
            {
                length += start;
                start = 0;
            }
        }

        if (start >= text.Length || length <= 0)
        {
            return string.Empty;
        }

        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    internal static string EscapeCore(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escaped = c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                '\0' => "\\0",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };

            if (escaped is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            builder.Append(escaped);
        }

        return builder?.ToString() ?? text;
    }
}
