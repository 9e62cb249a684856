using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// The place-and-date line of an NĐ30 letterhead (ô 4), e.g. "Vĩnh Phong, ngày 05 tháng 02 năm 2026",
/// and the long in-text date used in citations ("ngày 25 tháng 3 năm 2026").
/// </summary>
/// <remarks>
/// <para>
/// NĐ30 Phụ lục I: the date is written in full with Arabic digits; days below 10 and the months 1 and 2
/// take a leading zero ("ngày 05", "tháng 01", "tháng 02") and no other month does ("tháng 3", "tháng 10").
/// The zero on January and February keeps a handwritten "1" or "2" from being extended to "11" or "12".
/// </para>
/// <para>
/// A draft has no day or month yet: they are filled in by hand after signing, so the line shows
/// <see cref="DraftBlank"/> in their place ("Vĩnh Thông, ngày     tháng     năm 2026").
/// </para>
/// <para>Instances are immutable; equality compares place, date and year.</para>
/// </remarks>
public sealed partial record DateLine
{
    /// <summary>
    /// What stands between "ngày" and "tháng" and between "tháng" and "năm" in a draft: five spaces,
    /// the gap the decree's own sample shows. At 14 pt that leaves room to write a two-digit day or
    /// month by hand with a space on either side.
    /// </summary>
    public const string DraftBlank = "     ";

    private DateLine(string place, DateOnly? date, int year)
    {
        Place = place;
        Date = date;
        Year = year;
    }

    /// <summary>The địa danh, e.g. "Vĩnh Phong" (NFC, trimmed).</summary>
    public string Place { get; }

    /// <summary>The signing date; <see langword="null"/> in a draft.</summary>
    public DateOnly? Date { get; }

    /// <summary>The year shown on the line; equals <c>Date.Year</c> when the date is known.</summary>
    public int Year { get; }

    /// <summary>True when day and month are still blank.</summary>
    public bool IsDraft => Date is null;

    /// <summary>A dated line for <paramref name="place"/> on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException">The place is empty or contains a comma.</exception>
    public static DateLine Dated(string place, DateOnly date) =>
        new(CheckPlace(place), date, CheckYear(date.Year, nameof(date)));

    /// <summary>A draft line: the year is known, day and month are left blank.</summary>
    /// <exception cref="ArgumentException">The place is empty or contains a comma.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year does not have four digits.</exception>
    public static DateLine Draft(string place, int year) =>
        new(CheckPlace(place), null, CheckYear(year, nameof(year)));

    /// <summary>The line as it is printed, e.g. "Vĩnh Phong, ngày 20 tháng 3 năm 2026".</summary>
    public override string ToString() => Date is { } date
        ? $"{Place}, {FormatLongDate(date)}"
        : $"{Place}, {FormatDraftLongDate(Year.ToString(CultureInfo.InvariantCulture))}";

    /// <summary>
    /// The long date of a draft, day and month left blank: "ngày     tháng     năm 2026"; <paramref name="year"/>
    /// may itself be a blank when not even the year is known.
    /// </summary>
    public static string FormatDraftLongDate(string year) => $"ngày{DraftBlank}tháng{DraftBlank}năm {year}";

    /// <summary>
    /// The long date used in the line and in citations: "ngày 25 tháng 3 năm 2026", "ngày 05 tháng 02 năm 2026".
    /// </summary>
    public static string FormatLongDate(DateOnly date) =>
        $"ngày {FormatDay(date.Day)} tháng {FormatMonth(date.Month)} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A day of the month as NĐ30 writes it: two digits ("05", "20").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is not 1 to 31.</exception>
    public static string FormatDay(int day)
    {
        if (day is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the month is 1 to 31.");
        }

        return day.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A month as NĐ30 writes it: "01", "02", then "3" … "12" (only January and February take a zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1 to 12.</exception>
    public static string FormatMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        return month <= 2
            ? month.ToString("00", CultureInfo.InvariantCulture)
            : month.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads a date line, dated ("Vĩnh Phong, ngày 20 tháng 3 năm 2026") or draft ("Vĩnh Thông, ngày tháng năm 2026",
    /// blanks of any width). Leading zeros and extra spaces are accepted; use <see cref="IsCanonical"/> to check them.
    /// </summary>
    /// <exception cref="VietnameseFormatException">The text is not a date line; the message says why.</exception>
    public static DateLine Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.Normalize(NormalizationForm.FormC);
        var comma = input.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            throw Error(text, 0,
                $"The date line \"{text}\" has no comma after the place name; write it as \"Vĩnh Phong, ngày 20 tháng 3 năm 2026\".");
        }

        var place = input[..comma].Trim();
        if (place.Length == 0)
        {
            throw Error(text, 0, $"The date line \"{text}\" has no place name before the comma.");
        }

        var rest = input[(comma + 1)..];
        var draft = DraftPattern().Match(rest);
        if (draft.Success)
        {
            var yearGroup = draft.Groups["y"];
            var year = ReadYear(text, yearGroup.Value, comma + 1 + yearGroup.Index);
            return new DateLine(place, null, year);
        }

        var date = ParseDateAt(text, rest, comma + 1);
        return new DateLine(place, date, date.Year);
    }

    /// <summary>Like <see cref="Parse"/>, but returns <see langword="false"/> instead of throwing.</summary>
    public static bool TryParse(string? text, out DateLine? line)
    {
        line = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            line = Parse(text);
            return true;
        }
        catch (VietnameseFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> is a date line written exactly as NĐ30 wants it: leading zeros
    /// right, single spaces, and (for a draft) <see cref="DraftBlank"/> as the blanks.
    /// </summary>
    public static bool IsCanonical(string? text) =>
        TryParse(text, out var line) && string.Equals(line!.ToString(), text, StringComparison.Ordinal);

    /// <summary>
    /// Reads a date written as "ngày 25 tháng 3 năm 2026" (any capitalisation of "ngày", leading zeros optional)
    /// or numerically as "25/3/2026" or "25/03/2026".
    /// </summary>
    /// <exception cref="VietnameseFormatException">The text is not such a date, or the date does not exist.</exception>
    public static DateOnly ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseDateAt(text, text.Normalize(NormalizationForm.FormC), 0);
    }

    private static DateOnly ParseDateAt(string original, string text, int offset)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(original, offset,
                "The date is empty; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".");
        }

        var match = LongPattern().Match(text);
        if (!match.Success)
        {
            match = NumericPattern().Match(text);
        }

        if (!match.Success)
        {
            throw Error(original, offset,
                $"Cannot read \"{text.Trim()}\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".");
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var yearGroup = match.Groups["y"];
        var year = ReadYear(original, yearGroup.Value, offset + yearGroup.Index);
        if (month is < 1 or > 12)
        {
            throw Error(original, offset + match.Groups["m"].Index,
                $"Month {month} does not exist; a month is 1 to 12.");
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            throw Error(original, offset + match.Groups["d"].Index,
                $"Day {day} does not exist in month {month} of {year}, which has {days} days.");
        }

        return new DateOnly(year, month, day);
    }

    private static int ReadYear(string original, string digits, int position)
    {
        if (digits.Length != 4 || digits[0] == '0')
        {
            throw Error(original, position, $"The year \"{digits}\" must have four digits, e.g. 2026.");
        }

        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static string CheckPlace(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var trimmed = place.Normalize(NormalizationForm.FormC).Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The place name (địa danh) is empty.", nameof(place));
        }

        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The place name \"{trimmed}\" contains a comma; the comma belongs after the place name.", nameof(place));
        }

        return trimmed;
    }

    private static int CheckYear(int year, string parameter)
    {
        if (year is < 1000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(parameter, year, "The year must have four digits.");
        }

        return year;
    }

    private static VietnameseFormatException Error(string input, int position, string message) =>
        new(input, position, message);

    [GeneratedRegex(@"^\s*ngày\s+(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})\s+năm\s+(?<y>[0-9]+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LongPattern();

    [GeneratedRegex(@"^\s*(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^\s*ngày\s+tháng\s+năm\s+(?<y>[0-9]+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftPattern();
}
