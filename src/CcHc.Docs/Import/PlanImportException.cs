namespace CcHc.Docs.Import;

/// <summary>
/// The document could not be imported as a Kế hoạch; <see cref="Paragraph"/> names the source paragraph
/// (the line, for plain text) where the importer stopped, 0 when the whole file is at fault.
/// </summary>
public sealed class PlanImportException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public PlanImportException(string message, int paragraph)
        : base(paragraph > 0 ? $"đoạn {paragraph}: {message}" : message)
    {
        Paragraph = paragraph;
    }

    /// <summary>Creates the exception wrapping the reader's own error.</summary>
    public PlanImportException(string message, int paragraph, Exception inner)
        : base(paragraph > 0 ? $"đoạn {paragraph}: {message}" : message, inner)
    {
        Paragraph = paragraph;
    }

    /// <summary>1-based paragraph (or line) number; 0 for the whole file.</summary>
    public int Paragraph { get; }
}
