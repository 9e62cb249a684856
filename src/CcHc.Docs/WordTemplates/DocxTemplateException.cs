namespace CcHc.Docs.WordTemplates;

/// <summary>
/// A Word template could not be read or rendered. The message names the place in the template — part
/// (document, header1 …), paragraph number and the start of its text — so the author can find the tag in Word.
/// </summary>
public sealed class DocxTemplateException : Exception
{
    internal DocxTemplateException(string message, string? part = null, int paragraph = 0, int column = 0, Exception? inner = null)
        : base(message, inner)
    {
        Part = part;
        Paragraph = paragraph;
        Column = column;
    }

    /// <summary>The part the error is in ("document", "header1" …), or null when it is about the whole file.</summary>
    public string? Part { get; }

    /// <summary>The 1-based paragraph number within the part (every paragraph counts, table cells included), or 0.</summary>
    public int Paragraph { get; }

    /// <summary>The 1-based character position in the paragraph's text, or 0.</summary>
    public int Column { get; }
}
