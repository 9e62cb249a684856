using System.Text;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Footnotes in plan strings, pandoc's inline form: <c>word^[the note's text]</c> puts a footnote reference after
/// "word" and the note at the foot of the page. Brackets inside the note pair up (<c>^[Điều 3 [sửa đổi]]</c>);
/// <c>\]</c> and <c>\[</c> are a lone bracket inside a note, <c>\^[</c> prints "^[". A "^[" that is never closed,
/// or closes on an empty note, stays text.
/// </summary>
internal static class FootnoteMarks
{
    private const string Open = "^[";

    /// <summary>True when <paramref name="text"/> holds a footnote that <see cref="Split"/> would find.</summary>
    public static bool HasFootnote(string text) => text.Contains(Open, StringComparison.Ordinal) && Split(text).Any(p => p.IsNote);

    /// <summary>
    /// The text as pieces in order: running text (escapes kept, for the emphasis pass) and notes (their own
    /// bracket escapes resolved).
    /// </summary>
    public static IEnumerable<Piece> Split(string text)
    {
        var at = 0;
        var scan = 0;
        while (true)
        {
            var open = text.IndexOf(Open, scan, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            scan = open + Open.Length;
            if (IsEscaped(text, open))
            {
                continue;
            }

            var close = ClosingBracket(text, scan);
            if (close < 0)
            {
                break;
            }

            var note = Unescape(text[scan..close]).Trim();
            if (note.Length == 0)
            {
                scan = close + 1;
                continue;
            }

            if (open > at)
            {
                yield return new Piece(text[at..open], IsNote: false);
            }

            yield return new Piece(note, IsNote: true);
            at = scan = close + 1;
        }

        if (at < text.Length)
        {
            yield return new Piece(text[at..], IsNote: false);
        }
    }

    /// <summary>
    /// The text with every note printed in parentheses where its reference stands ("word (note)"), for outputs
    /// that have no footnotes: the flat body Word templates print.
    /// </summary>
    public static string Inline(string text)
    {
        if (!text.Contains(Open, StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var piece in Split(text))
        {
            if (piece.IsNote)
            {
                builder.Append(" (").Append(piece.Text).Append(')');
            }
            else
            {
                builder.Append(UnescapeOpen(piece.Text));
            }
        }

        return builder.ToString();
    }

    /// <summary>"\^[" in running text prints "^[".</summary>
    public static string UnescapeOpen(string text) => text.Replace(@"\^[", Open, StringComparison.Ordinal);

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>The index of the "]" that closes a note starting at <paramref name="start"/>, or -1.</summary>
    private static int ClosingBracket(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\' when i + 1 < text.Length && text[i + 1] is '[' or ']':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when depth == 0:
                    return i;
                case ']':
                    depth--;
                    break;
            }
        }

        return -1;
    }

    private static string Unescape(string note) =>
        note.Replace(@"\]", "]", StringComparison.Ordinal).Replace(@"\[", "[", StringComparison.Ordinal);

    /// <summary>A stretch of running text or the text of one note.</summary>
    public readonly record struct Piece(string Text, bool IsNote);
}
