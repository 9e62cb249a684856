using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// Builds and caches regular expressions for the built-ins, always with the context's
/// <see cref="TemplateLimits.RegexTimeout"/>, and turns a timeout or a bad pattern into a <see cref="TemplateException"/>.
/// </summary>
internal static class RegexRunner
{
    private const int CacheLimit = 256;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), Regex> Cache = new();

    /// <summary>Gets the regex for <paramref name="pattern"/> with option letters <paramref name="options"/> (<c>i m s x</c>).</summary>
    public static Regex Get(TemplateContext context, SourceSpan span, string pattern, string? options)
    {
        var parsed = ParseOptions(span, options);
        var timeout = context.Limits.RegexTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            timeout = Regex.InfiniteMatchTimeout;
        }

        var key = (pattern, parsed, timeout);
        if (Cache.TryGetValue(key, out var regex))
        {
            return regex;
        }

        try
        {
            regex = new Regex(pattern, parsed, timeout);
        }
        catch (ArgumentException ex)
        {
            throw new TemplateException(span, $"Invalid regular expression `{pattern}`: {ex.Message}");
        }

        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        Cache[key] = regex;
        return regex;
    }

    /// <summary>Runs <paramref name="operation"/>, turning a regex timeout into a located error.</summary>
    public static T Run<T>(SourceSpan span, Regex regex, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (RegexMatchTimeoutException)
        {
            throw TimedOut(span, regex.ToString(), regex.MatchTimeout);
        }
    }

    /// <summary>The error for a regex that ran longer than its timeout.</summary>
    public static TemplateException TimedOut(SourceSpan span, string pattern, TimeSpan timeout) =>
        new(span, $"The regular expression `{pattern}` timed out after {timeout.TotalMilliseconds:0} ms. Simplify the pattern or raise Limits.RegexTimeout");

    private static RegexOptions ParseOptions(SourceSpan span, string? options)
    {
        var result = RegexOptions.None;
        foreach (var letter in options ?? string.Empty)
        {
            result |= letter switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw new TemplateException(span, $"Invalid regex option `{letter}`. Expecting a combination of `i`, `m`, `s` and `x`"),
            };
        }

        return result;
    }
}
