using System.Text;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Collects the description line by line. Character formatting is kept as <see cref="RunFormat"/> until
/// the end, because the font token is only written where it differs from the document's dominant font,
/// which is known once every line has been seen.
/// </summary>
internal sealed class DescriptionBuilder
{
    private const string Indent = "  ";

    private readonly List<PendingLine> _lines = [];

    /// <summary>A plain line such as <c>section 1</c> or <c>margins: …</c>.</summary>
    public void Line(int depth, string text) => _lines.Add(new PendingLine(depth, text, null, [], null));

    /// <summary>
    /// A formatted line: <paramref name="head"/> (e.g. <c>p</c>, or empty for a run group), the run's
    /// tokens followed by <paramref name="tokens"/> in brackets, then the text.
    /// </summary>
    public void Formatted(int depth, string head, RunFormat? run, IReadOnlyList<string> tokens, string? text) =>
        _lines.Add(new PendingLine(depth, head, run, tokens, text));

    public string Build()
    {
        var dominantFont = DominantFont();
        var output = new StringBuilder();
        if (dominantFont is not null) output.Append("font: ").Append(dominantFont).Append('\n');
        foreach (var line in _lines)
        {
            for (var i = 0; i < line.Depth; i++) output.Append(Indent);
            var tokens = (line.Run?.Tokens(dominantFont) ?? []).Concat(line.Tokens).ToList();
            var parts = new List<string>(3);
            if (line.Head.Length > 0) parts.Add(line.Head);
            if (tokens.Count > 0) parts.Add("[" + string.Join(" ", tokens) + "]");
            if (line.Text is not null) parts.Add(Visible(line.Text));
            output.AppendJoin(' ', parts).Append('\n');
        }
        return output.ToString();
    }

    /// <summary>The font carrying the most characters (ties broken by name, so the choice is stable).</summary>
    private string? DominantFont() =>
        _lines.Where(line => line.Run is not null)
            .GroupBy(line => line.Run!.Font, StringComparer.Ordinal)
            .Select(group => (Font: group.Key, Weight: group.Sum(line => (line.Text?.Length ?? 0) + 1)))
            .OrderByDescending(entry => entry.Weight)
            .ThenBy(entry => entry.Font, StringComparer.Ordinal)
            .Select(entry => entry.Font)
            .FirstOrDefault();

    /// <summary>Text with leading or trailing spaces is quoted so the spaces stay visible and survive whitespace trimming.</summary>
    private static string Visible(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "\"" + text + "\"" : text;

    private sealed record PendingLine(int Depth, string Head, RunFormat? Run, IReadOnlyList<string> Tokens, string? Text);
}
