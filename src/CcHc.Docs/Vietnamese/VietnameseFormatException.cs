namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Thrown when text that should follow a Vietnamese convention (a date line, a số/ký hiệu, a
/// vi-VN number, a Roman numeral, a điểm letter) cannot be read. The message says what is wrong
/// and how to write it; <see cref="Input"/> and <see cref="Position"/> say where.
/// </summary>
public sealed class VietnameseFormatException : FormatException
{
    internal VietnameseFormatException(string input, int position, string message)
        : base(message)
    {
        Input = input;
        Position = position;
    }

    /// <summary>The text that could not be read, exactly as given.</summary>
    public string Input { get; }

    /// <summary>Zero-based index in <see cref="Input"/> where the problem was found.</summary>
    public int Position { get; }
}
