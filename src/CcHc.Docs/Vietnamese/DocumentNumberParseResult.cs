namespace CcHc.Docs.Vietnamese;

/// <summary>
/// The outcome of <see cref="DocumentNumber.TryParse(string?)"/>: either a <see cref="Value"/>, or an
/// <see cref="Error"/> that says what is wrong and a <see cref="Position"/> that says where.
/// </summary>
public sealed record DocumentNumberParseResult
{
    private DocumentNumberParseResult(DocumentNumber? value, string? error, int position)
    {
        Value = value;
        Error = error;
        Position = position;
    }

    /// <summary>True when the text was read.</summary>
    public bool Success => Value is not null;

    /// <summary>The number read; null on failure.</summary>
    public DocumentNumber? Value { get; }

    /// <summary>What is wrong and how to write it; null on success.</summary>
    public string? Error { get; }

    /// <summary>Zero-based index in the input where the problem was found; 0 on success.</summary>
    public int Position { get; }

    internal static DocumentNumberParseResult Succeeded(DocumentNumber value) => new(value, null, 0);

    internal static DocumentNumberParseResult Failed(int position, string error) => new(null, error, position);
}
