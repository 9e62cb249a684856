using System.Globalization;
using System.Text;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// Formats dates with Ruby-style <c>%</c> patterns (<c>%d %b %Y</c>) and turns such patterns into .NET
/// exact-parse formats. <c>%g</c> switches the rest of the pattern to the invariant culture.
/// </summary>
internal static class StrftimeFormatter
{
    /// <summary>The default date pattern (<c>date.default_format</c>).</summary>
    public const string DefaultPattern = "%d %b %Y";

    /// <summary>Formats <paramref name="date"/>; a pattern of <c>%g</c> alone means the default pattern in the invariant culture.</summary>
    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        if (pattern == "%g")
        {
            pattern = "%g " + DefaultPattern;
        }

        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 == pattern.Length)
            {
                builder.Append(c);
                continue;
            }

            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }

            AppendCode(builder, date, code, culture);
        }

        return builder.ToString();
    }

    /// <summary>Converts a <c>%</c> pattern to a .NET custom format for exact parsing; null when a code cannot be parsed.</summary>
    public static string? ToParseFormat(string pattern)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 == pattern.Length)
            {
                AppendLiteral(builder, c);
                continue;
            }

            var code = pattern[++i];
            var format = code switch
            {
                'a' => "ddd",
                'A' => "dddd",
                'b' or 'h' => "MMM",
                'B' => "MMMM",
                'd' => "dd",
                'e' => "d",
                'D' => "MM/dd/yy",
                'F' => "yyyy-MM-dd",
                'H' => "HH",
                'I' => "hh",
                'k' => "H",
                'l' => "h",
                'L' => "fff",
                'm' => "MM",
                'M' => "mm",
                'p' or 'P' => "tt",
                'r' => "hh:mm:ss tt",
                'R' => "HH:mm",
                'S' => "ss",
                'T' => "HH:mm:ss",
                'y' => "yy",
                'Y' => "yyyy",
                'Z' => "zzz",
                'n' => "\n",
                't' => "\t",
                '%' => "'%'",
                'g' => string.Empty,
                _ => null,
            };

            if (format is null)
            {
                return null;
            }

            builder.Append(format);
        }

        // A one-letter custom format would read as a standard format: mark it custom.
        return builder.Length == 1 ? "%" + builder : builder.ToString();
    }

    private static void AppendLiteral(StringBuilder builder, char c)
    {
        if (char.IsLetter(c) || c is '\\' or '\'' or '"' or '%' or ':' or '/')
        {
            builder.Append('\\');
        }

        builder.Append(c);
    }

    private static void AppendCode(StringBuilder builder, DateTime date, char code, CultureInfo culture)
    {
        var info = culture.DateTimeFormat;
        switch (code)
        {
            case 'a': builder.Append(info.GetAbbreviatedDayName(date.DayOfWeek)); break;
            case 'A': builder.Append(info.GetDayName(date.DayOfWeek)); break;
            case 'b' or 'h': builder.Append(info.GetAbbreviatedMonthName(date.Month)); break;
            case 'B': builder.Append(info.GetMonthName(date.Month)); break;
            case 'c': builder.Append(Format(date, "%a %b %d %T %Y", culture)); break;
            case 'C': Number(builder, date.Year / 100, 2, '0'); break;
            case 'd': Number(builder, date.Day, 2, '0'); break;
            case 'D': builder.Append(Format(date, "%m/%d/%y", culture)); break;
            case 'e': Number(builder, date.Day, 2, ' '); break;
            case 'F': builder.Append(Format(date, "%Y-%m-%d", culture)); break;
            case 'H': Number(builder, date.Hour, 2, '0'); break;
            case 'I': Number(builder, Hour12(date), 2, '0'); break;
            case 'j': Number(builder, date.DayOfYear, 3, '0'); break;
            case 'k': Number(builder, date.Hour, 2, ' '); break;
            case 'l': Number(builder, Hour12(date), 2, ' '); break;
            case 'L': Number(builder, date.Millisecond, 3, '0'); break;
            case 'm': Number(builder, date.Month, 2, '0'); break;
            case 'M': Number(builder, date.Minute, 2, '0'); break;
            case 'n': builder.Append('\n'); break;
            case 'N': Number(builder, (int)(date.Ticks % TimeSpan.TicksPerSecond) * 100, 9, '0'); break;
            case 'p': builder.Append(Designator(date, info)); break;
            case 'P': builder.Append(Designator(date, info).ToLower(culture)); break;
            case 'r': builder.Append(Format(date, "%I:%M:%S %p", culture)); break;
            case 'R': builder.Append(Format(date, "%H:%M", culture)); break;
            case 's': builder.Append(UnixSeconds(date).ToString(CultureInfo.InvariantCulture)); break;
            case 'S': Number(builder, date.Second, 2, '0'); break;
            case 't': builder.Append('\t'); break;
            case 'T': builder.Append(Format(date, "%H:%M:%S", culture)); break;
            case 'u': builder.Append(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek); break;
            case 'U': Number(builder, culture.Calendar.GetWeekOfYear(date, CalendarWeekRule.FirstDay, DayOfWeek.Sunday), 2, '0'); break;
            case 'v': builder.Append(Format(date, "%e-%b-%Y", CultureInfo.InvariantCulture).ToUpperInvariant()); break;
            case 'V': Number(builder, ISOWeek.GetWeekOfYear(date), 2, '0'); break;
            case 'W': Number(builder, culture.Calendar.GetWeekOfYear(date, CalendarWeekRule.FirstDay, DayOfWeek.Monday), 2, '0'); break;
            case 'w': builder.Append((int)date.DayOfWeek); break;
            case 'x': builder.Append(date.ToString(info.ShortDatePattern, culture)); break;
            case 'X': builder.Append(date.ToString(info.LongTimePattern, culture)); break;
            case 'y': Number(builder, date.Year % 100, 2, '0'); break;
            case 'Y': Number(builder, date.Year, 4, '0'); break;
            case 'Z': builder.Append(Offset(date)); break;
            case '%': builder.Append('%'); break;
            default: builder.Append('%').Append(code); break;
        }
    }

    private static int Hour12(DateTime date) => date.Hour % 12 == 0 ? 12 : date.Hour % 12;

    private static string Designator(DateTime date, DateTimeFormatInfo info)
    {
        var designator = date.Hour < 12 ? info.AMDesignator : info.PMDesignator;
        return designator.Length > 0 ? designator : (date.Hour < 12 ? "AM" : "PM");
    }

    private static long UnixSeconds(DateTime date)
    {
        var utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
    }

    private static string Offset(DateTime date)
    {
        var offset = date.Kind == DateTimeKind.Utc ? TimeSpan.Zero : TimeZoneInfo.Local.GetUtcOffset(date);
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:00}:{offset.Minutes:00}");
    }

    private static void Number(StringBuilder builder, int value, int width, char pad)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        builder.Append(pad, Math.Max(0, width - text.Length)).Append(text);
    }
}
