using System.Text.RegularExpressions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// The <c>regex</c> module. <c>options</c> is a string of letters: <c>i</c> ignore case, <c>m</c> multiline,
/// <c>s</c> single line, <c>x</c> ignore pattern whitespace. Every match obeys the context regex timeout.
/// </summary>
internal static class RegexFunctions
{
    /// <summary>Escapes the regex metacharacters of <paramref name="pattern"/>.</summary>
    public static string? Escape(string? pattern) => pattern is null ? null : Regex.Escape(pattern);

    /// <summary>Converts the escaped characters of <paramref name="pattern"/> back.</summary>
    public static string? Unescape(SourceSpan span, string? pattern)
    {
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return Regex.Unescape(pattern);
        }
        catch (ArgumentException ex)
        {
            throw new TemplateException(span, $"Invalid escape sequence in `{pattern}`: {ex.Message}");
        }
    }

    /// <summary>The first match: the whole match then each group; empty when nothing matches.</summary>
    public static ScriptArray Match(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null)
    {
        if (text is null || pattern is null)
        {
            return new ScriptArray();
        }

        var regex = RegexRunner.Get(context, span, pattern, options);
        var match = RegexRunner.Run(span, regex, () => regex.Match(text));
        return match.Success ? Groups(match) : new ScriptArray();
    }

    /// <summary>Every match, each as an array of the whole match then each group.</summary>
    public static ScriptArray Matches(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        if (text is null || pattern is null)
        {
            return result;
        }

        var regex = RegexRunner.Get(context, span, pattern, options);
        return RegexRunner.Run(span, regex, () =>
        {
            foreach (Match match in regex.Matches(text))
            {
                result.Add(Groups(match));
            }

            return result;
        });
    }

    /// <summary>Replaces every match of <paramref name="pattern"/> by <paramref name="replace"/> (<c>$1</c> refers to a group).</summary>
    public static string? Replace(TemplateContext context, SourceSpan span, string? text, string? pattern, string? replace, string? options = null)
    {
        if (text is null || pattern is null)
        {
            return text;
        }

        var regex = RegexRunner.Get(context, span, pattern, options);
        return RegexRunner.Run(span, regex, () => regex.Replace(text, replace ?? string.Empty));
    }

    /// <summary>Splits the text at each match of <paramref name="pattern"/>.</summary>
    public static ScriptArray Split(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null)
    {
        if (text is null || pattern is null)
        {
            return text is null ? new ScriptArray() : new ScriptArray([text]);
        }

        var regex = RegexRunner.Get(context, span, pattern, options);
        return new ScriptArray(RegexRunner.Run(span, regex, () => regex.Split(text)));
    }

    private static ScriptArray Groups(Match match)
    {
        var groups = new ScriptArray(match.Groups.Count);
        foreach (Group group in match.Groups)
        {
            groups.Add(group.Value);
        }

        return groups;
    }
}
