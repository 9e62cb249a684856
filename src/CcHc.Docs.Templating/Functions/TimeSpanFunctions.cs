using System.Globalization;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>timespan</c> module: durations as <see cref="TimeSpan"/> values.</summary>
internal static class TimeSpanFunctions
{
    /// <summary>A duration of <paramref name="days"/> days.</summary>
    public static TimeSpan FromDays(SourceSpan span, double days) => Make(span, days, TimeSpan.TicksPerDay);

    /// <summary>A duration of <paramref name="hours"/> hours.</summary>
    public static TimeSpan FromHours(SourceSpan span, double hours) => Make(span, hours, TimeSpan.TicksPerHour);

    /// <summary>A duration of <paramref name="minutes"/> minutes.</summary>
    public static TimeSpan FromMinutes(SourceSpan span, double minutes) => Make(span, minutes, TimeSpan.TicksPerMinute);

    /// <summary>A duration of <paramref name="seconds"/> seconds.</summary>
    public static TimeSpan FromSeconds(SourceSpan span, double seconds) => Make(span, seconds, TimeSpan.TicksPerSecond);

    /// <summary>A duration of <paramref name="millis"/> milliseconds.</summary>
    public static TimeSpan FromMilliseconds(SourceSpan span, double millis) => Make(span, millis, TimeSpan.TicksPerMillisecond);

    /// <summary>Parses a duration such as <c>1.02:03:04</c> (invariant, then the context culture); null when it is not one.</summary>
    public static TimeSpan? Parse(TemplateContext context, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || TimeSpan.TryParse(text, context.Culture, out value))
        {
            return value;
        }

        return null;
    }

    private static TimeSpan Make(SourceSpan span, double amount, long ticksPerUnit)
    {
        var ticks = amount * ticksPerUnit;
        if (double.IsNaN(ticks) || ticks >= long.MaxValue || ticks <= long.MinValue)
        {
            throw new TemplateException(span, "The duration is out of the supported range");
        }

        return TimeSpan.FromTicks((long)Math.Round(ticks));
    }
}
