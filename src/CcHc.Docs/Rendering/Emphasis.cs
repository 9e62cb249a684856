using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Emphasis in plan strings: <c>**bold**</c> and <c>*italic*</c> become <c>&lt;b&gt;</c> and <c>&lt;i&gt;</c> runs;
/// <c>\*</c> is a literal asterisk. A marker opens only before a non-space and closes only after one, and an
/// italic marker is not inside a word or number, so "5 * 3", "A*B" and an unpaired "*" stay text. Footnotes
/// (<c>^[note]</c>, <see cref="FootnoteMarks"/>) become <c>&lt;footnote&gt;</c> elements with their own emphasis;
/// emphasis does not pair across a footnote.
/// </summary>
internal static partial class Emphasis
{
    /// <summary>The markup of <paramref name="text"/>: encoded like every printed value, with emphasis as runs and footnotes as &lt;footnote&gt;.</summary>
    public static string ToMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("^[", StringComparison.Ordinal))
        {
            return EmphasisMarkup(text);
        }

        var builder = new StringBuilder(text.Length + 32);
        foreach (var piece in FootnoteMarks.Split(text))
        {
            if (piece.IsNote)
            {
                builder.Append("<footnote>").Append(EmphasisMarkup(piece.Text)).Append("</footnote>");
            }
            else
            {
                builder.Append(EmphasisMarkup(FootnoteMarks.UnescapeOpen(piece.Text)));
            }
        }

        return builder.ToString();
    }

    /// <summary>The markup of <paramref name="text"/> with only its footnotes as elements (asterisks stay text): table cells.</summary>
    public static string FootnotesOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("^[", StringComparison.Ordinal))
        {
            return MarkupEncoder.Encode(text);
        }

        var builder = new StringBuilder(text.Length + 32);
        foreach (var piece in FootnoteMarks.Split(text))
        {
            builder.Append(piece.IsNote
                ? "<footnote>" + MarkupEncoder.Encode(piece.Text) + "</footnote>"
                : MarkupEncoder.Encode(FootnoteMarks.UnescapeOpen(piece.Text)));
        }

        return builder.ToString();
    }

    private static string EmphasisMarkup(string text)
    {
        if (!text.Contains('*', StringComparison.Ordinal))
        {
            return MarkupEncoder.Encode(text);
        }
        var builder = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (Match bold in Bold().Matches(text))
        {
            AppendItalics(builder, text[at..bold.Index]);
            builder.Append("<b>");
            AppendItalics(builder, bold.Groups["inner"].Value);
            builder.Append("</b>");
            at = bold.Index + bold.Length;
        }
        AppendItalics(builder, text[at..]);
        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds emphasis that <see cref="ToMarkup"/> prints as a run.</summary>
    public static bool HasEmphasis(string text) => Bold().IsMatch(text) || Italic().IsMatch(text);

    private static void AppendItalics(StringBuilder builder, string text)
    {
        var at = 0;
        foreach (Match italic in Italic().Matches(text))
        {
            builder.Append(Plain(text[at..italic.Index]));
            builder.Append("<i>").Append(Plain(italic.Groups["inner"].Value)).Append("</i>");
            at = italic.Index + italic.Length;
        }
        builder.Append(Plain(text[at..]));
    }

    private static string Plain(string text) => MarkupEncoder.Encode(text.Replace(@"\*", "*", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<!\\)\*\*(?=[^\s*])(?<inner>.+?)(?<=[^\s\\])\*\*", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\\\p{L}\p{N}*])\*(?=[^\s*])(?<inner>(?:\\\*|[^*])+?)(?<=[^\s\\])\*(?![\p{L}\p{N}*])", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Italic();
}
