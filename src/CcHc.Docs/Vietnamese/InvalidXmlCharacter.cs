using System.Globalization;

namespace CcHc.Docs.Vietnamese;

/// <summary>A character XML 1.0 forbids, found by <see cref="TextNormalizer.FindInvalidXmlCharacter"/>.</summary>
public sealed record InvalidXmlCharacter
{
    internal InvalidXmlCharacter(int index, int line, int column, char character)
    {
        Index = index;
        Line = line;
        Column = column;
        Character = character;
    }

    /// <summary>Zero-based UTF-16 index in the text.</summary>
    public int Index { get; }

    /// <summary>1-based line (lines end at LF; CR LF counts once).</summary>
    public int Line { get; }

    /// <summary>1-based column, counting a surrogate pair as one character.</summary>
    public int Column { get; }

    /// <summary>The offending UTF-16 unit.</summary>
    public char Character { get; }

    /// <summary>What is wrong and what to do, e.g. "Line 1, column 5: the control character U+0007 is not allowed in a document; remove it."</summary>
    public string Message
    {
        get
        {
            var code = "U+" + ((int)Character).ToString("X4", CultureInfo.InvariantCulture);
            var what = char.IsSurrogate(Character)
                ? $"the unpaired surrogate {code}"
                : Character < '\u0020' ? $"the control character {code}" : $"the non-character {code}";
            return $"Line {Line}, column {Column}: {what} is not allowed in a document; remove it.";
        }
    }
}
