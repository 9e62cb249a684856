using System.Globalization;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Numbers as Vietnamese documents write them (vi-VN): "." between thousands and "," before decimals —
/// "1.400 lượt", "78,496 tỷ đồng", "847,35", "95,5%". Independent of the machine's culture.
/// </summary>
/// <remarks>
/// Every whole number is grouped, so 1400 prints as "1.400"; do not use these methods for years or for the
/// number in a số/ký hiệu, which are written without separators. Percentages are written without a space
/// before "%".
/// </remarks>
public static class VietnameseNumbers
{
    private const string DoublePattern = "#,##0.###############";
    private const string DecimalPattern = "#,##0.############################";

    /// <summary>The vi-VN number format used by this class (read-only): group ".", decimal ",", minus "-".</summary>
    public static NumberFormatInfo NumberFormat { get; } = CreateFormat();

    /// <summary>12345 → "12.345".</summary>
    public static string Format(int value) => value.ToString("#,##0", NumberFormat);

    /// <summary>78496000000 → "78.496.000.000".</summary>
    public static string Format(long value) => value.ToString("#,##0", NumberFormat);

    /// <summary>847.35m → "847,35"; as many decimals as the value has, trailing zeros dropped (1.50m → "1,5").</summary>
    public static string Format(decimal value) => NoNegativeZero(value).ToString(DecimalPattern, NumberFormat);

    /// <summary>Rounded half away from zero to a fixed number of decimals: (78.496m, 1) → "78,5"; (5m, 2) → "5,00".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number of decimals is not 0 to 28.</exception>
    public static string Format(decimal value, int decimals)
    {
        CheckDecimals(decimals, 28);
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        return NoNegativeZero(rounded).ToString(FixedPattern(decimals), NumberFormat);
    }

    /// <summary>11.4 → "11,4"; up to 15 significant digits, so 0.1 + 0.2 prints as "0,3".</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static string Format(double value)
    {
        CheckFinite(value);
        return (value == 0 ? 0d : value).ToString(DoublePattern, NumberFormat);
    }

    /// <summary>Rounded half away from zero to a fixed number of decimals: (2.25, 1) → "2,3".</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of decimals is not 0 to 15.</exception>
    public static string Format(double value, int decimals)
    {
        CheckFinite(value);
        CheckDecimals(decimals, 15);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0d : rounded).ToString(FixedPattern(decimals), NumberFormat);
    }

    /// <summary>A percentage given in percent: 95.5m → "95,5%", 100m → "100%".</summary>
    public static string FormatPercent(decimal percent) => Format(percent) + "%";

    /// <summary>A percentage given in percent, rounded to a fixed number of decimals: (95.55m, 1) → "95,6%".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number of decimals is not 0 to 28.</exception>
    public static string FormatPercent(decimal percent, int decimals) => Format(percent, decimals) + "%";

    /// <summary>
    /// Reads a vi-VN number: "1.400", "1400", "847,35", "-0,5". Groups after a "." must have exactly three digits,
    /// which catches English-style decimals such as "1.5".
    /// </summary>
    /// <exception cref="VietnameseFormatException">The text is not a vi-VN number; the message says why.</exception>
    public static decimal ParseDecimal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var invariant = ToInvariant(text, text.Trim());
        try
        {
            return decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new VietnameseFormatException(text, 0, $"The number \"{text.Trim()}\" is too large.");
        }
    }

    /// <summary>Reads a vi-VN whole number: "78.496.000.000" → 78496000000.</summary>
    /// <exception cref="VietnameseFormatException">The text is not a whole vi-VN number in the range of a long.</exception>
    public static long ParseInt64(string text)
    {
        var value = ParseDecimal(text);
        if (decimal.Truncate(value) != value)
        {
            throw new VietnameseFormatException(text, Math.Max(0, text.IndexOf(',', StringComparison.Ordinal)),
                $"The number \"{text.Trim()}\" must be a whole number.");
        }

        if (value is < long.MinValue or > long.MaxValue)
        {
            throw new VietnameseFormatException(text, 0, $"The number \"{text.Trim()}\" is too large.");
        }

        return (long)value;
    }

    /// <summary>Like <see cref="ParseDecimal"/>, but returns false instead of throwing.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        try
        {
            value = ParseDecimal(text);
            return true;
        }
        catch (VietnameseFormatException)
        {
            return false;
        }
    }

    /// <summary>Reads a percentage in percent: "95,5%" → 95.5. A space before "%" is tolerated.</summary>
    /// <exception cref="VietnameseFormatException">There is no "%" at the end, or the number is not vi-VN.</exception>
    public static decimal ParsePercent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith('%'))
        {
            throw new VietnameseFormatException(text, trimmed.Length, $"The percentage \"{text.Trim()}\" must end with \"%\".");
        }

        var number = trimmed[..^1];
        var invariant = ToInvariant(text, number.Trim());
        return decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>Checks the vi-VN grammar and returns the same number in invariant form ("1400.5").</summary>
    private static string ToInvariant(string original, string s)
    {
        var offset = Math.Max(0, original.IndexOf(s, StringComparison.Ordinal));
        if (s.Length == 0)
        {
            throw new VietnameseFormatException(original, 0, "The number is empty.");
        }

        var builder = new StringBuilder(s.Length);
        var i = 0;
        if (s[0] == '-')
        {
            builder.Append('-');
            i++;
        }

        var firstGroup = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            builder.Append(s[i++]);
        }

        if (i == firstGroup)
        {
            throw Error(original, s, offset + i, i < s.Length && s[i] == ','
                ? $"Write a digit before the decimal comma: \"0{s[i..]}\"."
                : $"The number \"{s}\" must start with a digit.");
        }

        var grouped = false;
        while (i < s.Length && s[i] == '.')
        {
            if (!grouped && i - firstGroup > 3)
            {
                throw Error(original, s, offset + firstGroup, $"Put \".\" between every three digits of \"{s}\", or leave all of them out.");
            }

            grouped = true;
            var groupStart = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                builder.Append(s[i++]);
            }

            if (i - groupStart != 3)
            {
                throw Error(original, s, offset + groupStart - 1,
                    $"In \"{s}\" the \".\" separates thousands and must be followed by exactly three digits; "
                    + "vi-VN writes decimals after \",\" (e.g. \"1,5\").");
            }
        }

        if (i < s.Length && s[i] == ',')
        {
            builder.Append('.');
            var decimalsStart = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                builder.Append(s[i++]);
            }

            if (i == decimalsStart)
            {
                throw Error(original, s, offset + i - 1, $"Write the decimals after the comma in \"{s}\", or remove the comma.");
            }
        }

        if (i < s.Length)
        {
            var c = s[i];
            var message = c == ','
                ? $"The number \"{s}\" has more than one decimal comma."
                : c == '.'
                    ? $"The number \"{s}\" has \".\" after the decimal comma; \".\" only separates thousands."
                    : char.IsWhiteSpace(c)
                        ? $"Remove the space in \"{s}\"; vi-VN separates thousands with \".\"."
                        : $"Unexpected \"{c}\" in the number \"{s}\".";
            throw Error(original, s, offset + i, message);
        }

        return builder.ToString();
    }

    private static VietnameseFormatException Error(string original, string s, int position, string message) =>
        new(original, Math.Min(position, original.Length), message);

    private static string FixedPattern(int decimals) => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);

    private static decimal NoNegativeZero(decimal value) => value == 0 ? 0m : value;

    private static void CheckDecimals(int decimals, int max)
    {
        if (decimals < 0 || decimals > max)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"The number of decimals must be 0 to {max}.");
        }
    }

    private static void CheckFinite(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value.ToString(CultureInfo.InvariantCulture)} cannot be written as a number.", nameof(value));
        }
    }

    private static NumberFormatInfo CreateFormat()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = ".";
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSizes = [3];
        format.NegativeSign = "-";
        format.PercentGroupSeparator = ".";
        format.PercentDecimalSeparator = ",";
        return NumberFormatInfo.ReadOnly(format);
    }
}
