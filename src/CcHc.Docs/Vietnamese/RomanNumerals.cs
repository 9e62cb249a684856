using Humanizer;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Roman numerals for mục ("I. MỤC ĐÍCH, YÊU CẦU"), phần and numbered appendices ("Phụ lục II"), with the range
/// and the spelling checked first.
/// </summary>
public static class RomanNumerals
{
    /// <summary>The smallest value with a Roman numeral.</summary>
    public const int MinValue = 1;

    /// <summary>The largest value written with standard Roman numerals (MMMCMXCIX).</summary>
    public const int MaxValue = 3999;

    private static readonly int[] Values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];

    private static readonly string[] Numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

    /// <summary>1 → "I", 4 → "IV", 2026 → "MMXXVI".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 3999.</exception>
    public static string ToRoman(int value)
    {
        if (value is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"Only 1 to 3999 can be written in Roman numerals; {value} cannot.");
        }

        // Written out rather than through Humanizer, so that numbering a plan's sections does not load it.
        var roman = new System.Text.StringBuilder();
        for (var i = 0; i < Values.Length; i++)
        {
            for (; value >= Values[i]; value -= Values[i])
            {
                roman.Append(Numerals[i]);
            }
        }

        return roman.ToString();
    }

    /// <summary>"IV" → 4. The numeral must be in capitals, without spaces, in standard subtractive form.</summary>
    /// <exception cref="VietnameseFormatException">The text is not a standard Roman numeral; the message says why.</exception>
    public static int FromRoman(string numeral)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        if (numeral.Length == 0)
        {
            throw new VietnameseFormatException(numeral, 0, "The Roman numeral is empty.");
        }

        for (var i = 0; i < numeral.Length; i++)
        {
            var c = numeral[i];
            if (c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
            {
                continue;
            }

            var message = c is 'i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'
                ? $"Write the Roman numeral \"{numeral}\" in capitals: \"{numeral.ToUpperInvariant()}\"."
                : $"\"{c}\" is not a Roman numeral letter; use I, V, X, L, C, D and M.";
            throw new VietnameseFormatException(numeral, i, message);
        }

        int value;
        try
        {
            value = numeral.FromRoman();
        }
        catch (ArgumentException)
        {
            throw NotStandard(numeral);
        }

        // Humanizer accepts some non-standard spellings; only the canonical one round-trips.
        if (value is < MinValue or > MaxValue || !string.Equals(value.ToRoman(), numeral, StringComparison.Ordinal))
        {
            throw NotStandard(numeral);
        }

        return value;
    }

    /// <summary>Like <see cref="FromRoman"/>, but returns false instead of throwing.</summary>
    public static bool TryFromRoman(string? numeral, out int value)
    {
        value = 0;
        // Most text is not a numeral at all ("1", "STT"): say so without throwing, which is costly per table row.
        if (numeral is null || numeral.Length == 0 || !numeral.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
        {
            return false;
        }

        try
        {
            value = FromRoman(numeral);
            return true;
        }
        catch (VietnameseFormatException)
        {
            return false;
        }
    }

    private static VietnameseFormatException NotStandard(string numeral) =>
        new(numeral, 0, $"\"{numeral}\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).");
}
