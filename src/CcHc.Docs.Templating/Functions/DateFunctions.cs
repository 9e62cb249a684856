using System.Globalization;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// The <c>date</c> module: the current time (from <see cref="TemplateContext.TimeProvider"/>), date
/// arithmetic, parsing and Ruby-style <c>%</c> formatting. Dates are <see cref="DateTime"/> values.
/// </summary>
internal static class DateFunctions
{
    /// <summary>The current local time of the context clock.</summary>
    public static DateTime Now(TemplateContext context) => context.TimeProvider.GetLocalNow().DateTime;

    /// <summary>The current UTC time of the context clock.</summary>
    public static DateTime UtcNow(TemplateContext context) => context.TimeProvider.GetUtcNow().UtcDateTime;

    /// <summary>Adds days (fractions allowed).</summary>
    public static DateTime? AddDays(SourceSpan span, DateTime? date, double days) => Shift(span, date, d => d.AddDays(days));

    /// <summary>Adds months.</summary>
    public static DateTime? AddMonths(SourceSpan span, DateTime? date, int months) => Shift(span, date, d => d.AddMonths(months));

    /// <summary>Adds years.</summary>
    public static DateTime? AddYears(SourceSpan span, DateTime? date, int years) => Shift(span, date, d => d.AddYears(years));

    /// <summary>Adds hours.</summary>
    public static DateTime? AddHours(SourceSpan span, DateTime? date, double hours) => Shift(span, date, d => d.AddHours(hours));

    /// <summary>Adds minutes.</summary>
    public static DateTime? AddMinutes(SourceSpan span, DateTime? date, double minutes) => Shift(span, date, d => d.AddMinutes(minutes));

    /// <summary>Adds seconds.</summary>
    public static DateTime? AddSeconds(SourceSpan span, DateTime? date, double seconds) => Shift(span, date, d => d.AddSeconds(seconds));

    /// <summary>Adds milliseconds.</summary>
    public static DateTime? AddMilliseconds(SourceSpan span, DateTime? date, double millis) => Shift(span, date, d => d.AddMilliseconds(millis));

    /// <summary>
    /// Parses a date, with an optional <c>%</c> <paramref name="pattern"/> and <paramref name="culture"/>
    /// (default: the context culture). The clock time is kept as written (an offset is not applied).
    /// Returns null for null or unparsable text.
    /// </summary>
    public static DateTime? Parse(TemplateContext context, SourceSpan span, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var provider = culture is null ? context.Culture : ObjectFunctions.CultureByName(span, culture);
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces;
        if (pattern is not null)
        {
            var format = StrftimeFormatter.ToParseFormat(pattern)
                ?? throw new TemplateException(span, $"The date pattern `{pattern}` cannot be used to parse: only %a %A %b %B %d %e %D %F %H %I %k %l %L %m %M %p %r %R %S %T %y %Y %Z are supported");
            if (DateTimeOffset.TryParseExact(text, format, provider, styles, out var exactOffset))
            {
                return exactOffset.DateTime;
            }

            return DateTime.TryParseExact(text, format, provider, styles, out var exact) ? exact : null;
        }

        if (DateTimeOffset.TryParse(text, provider, styles, out var offset))
        {
            return offset.DateTime;
        }

        return DateTime.TryParse(text, provider, styles, out var date) ? date : null;
    }

    /// <summary>Parses a date (see <see cref="Parse"/>) and formats it (see <see cref="ToString"/>).</summary>
    public static string? ParseToString(
        TemplateContext context,
        SourceSpan span,
        string? text,
        string? outputPattern = null,
        string? outputCulture = null,
        string? inputPattern = null,
        string? inputCulture = null) =>
        ToString(context, span, Parse(context, span, text, inputPattern, inputCulture), outputPattern, outputCulture);

    /// <summary>
    /// Formats a date with a <c>%</c> <paramref name="pattern"/> (default <c>date.format</c>, itself <c>%d %b %Y</c>) in
    /// <paramref name="culture"/> (default: the context culture); null for a null date.
    /// </summary>
    public static string? ToString(TemplateContext context, SourceSpan span, DateTime? datetime, string? pattern = null, string? culture = null)
    {
        if (datetime is null)
        {
            return null;
        }

        var provider = culture is null ? context.Culture : ObjectFunctions.CultureByName(span, culture);
        return StrftimeFormatter.Format(datetime.Value, pattern ?? context.DateFormat ?? StrftimeFormatter.DefaultPattern, provider);
    }

    private static DateTime? Shift(SourceSpan span, DateTime? date, Func<DateTime, DateTime> shift)
    {
        if (date is null)
        {
            return null;
        }

        try
        {
            return shift(date.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new TemplateException(span, "The resulting date is out of the supported range (years 1 to 9999)");
        }
    }
}
