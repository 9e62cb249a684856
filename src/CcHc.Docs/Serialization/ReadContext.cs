using System.Text;

namespace CcHc.Docs.Serialization;

/// <summary>The state of one read: the file name, the errors found so far and the locations of values seen.</summary>
internal sealed class ReadContext(string? file)
{
    private readonly List<PlanReadError> _errors = [];
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public string? File { get; } = file;

    public bool HasErrors => _errors.Count > 0;

    public void Error(SourcePosition position, string path, string message) =>
        _errors.Add(new PlanReadError(File, position.Line, position.Column, path, message));

    /// <summary>Remembers where the value at <paramref name="path"/> was written; the first mention wins.</summary>
    public void Record(string path, DataNode node) =>
        _locations.TryAdd(path, new SourceLocation(File, node.Position.Line, node.Position.Column));

    public PlanSourceMap SourceMap() => new(File, _locations);

    /// <summary>Throws the errors found, in file order, if there are any.</summary>
    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new PlanReadException([.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }
    }

    /// <summary>
    /// Checks text for characters a Word document cannot hold (XML 1.0: C0 controls other than tab,
    /// line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) and normalises it to NFC.
    /// </summary>
    public string CleanText(string text, string path, SourcePosition position)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = c switch
            {
                '\t' or '\n' or '\r' => false,
                < ' ' or '\uFFFE' or '\uFFFF' => true,
                _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]),
                _ when char.IsLowSurrogate(c) => true,
                _ => false,
            };
            if (bad)
            {
                Error(position, path,
                    $"contains the character U+{(int)c:X4} at offset {i}, which a Word document cannot hold; remove it");
                return text;
            }
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
