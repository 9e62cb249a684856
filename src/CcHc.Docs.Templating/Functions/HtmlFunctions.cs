using System.Globalization;
using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>html</c> module: tag stripping, escaping, line breaks and URL encoding.</summary>
internal static class HtmlFunctions
{
    // Script, style and comment blocks go whole; a tag may hold quoted attribute values containing '>'.
    private const string TagPattern = @"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<(?:[^>'""]|'[^']*'|""[^""]*"")*>";

    /// <summary>Removes HTML tags (and script, style and comment blocks).</summary>
    public static string Strip(TemplateContext context, SourceSpan span, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var regex = RegexRunner.Get(context, span, TagPattern, "is");
        return RegexRunner.Run(span, regex, () => regex.Replace(text, string.Empty));
    }

    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c> as HTML entities; other characters (Vietnamese letters included) are kept.</summary>
    public static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };

            if (entity is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(entity);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Inserts <c>&lt;br /&gt;</c> before each line break (<c>\r\n</c>, <c>\n</c> or <c>\r</c>).</summary>
    public static string? NewlineToBr(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                builder.Append("<br />");
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    builder.Append(c);
                    c = text[++i];
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Percent-encodes everything except unreserved characters (for a URL component).</summary>
    public static string? UrlEncode(string? text) => text is null ? null : Uri.EscapeDataString(text);

    /// <summary>Percent-encodes characters not allowed in a URL, keeping URL syntax characters (<c>: / ? # &amp; = '</c>…).</summary>
    public static string? UrlEscape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 && IsKeptInUrl(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsSurrogatePair(text, i)
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsKeptInUrl(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c, StringComparison.Ordinal);
}
