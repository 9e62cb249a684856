using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>string</c> module: number parsing, hashes and Base64.</summary>
internal static partial class StringFunctions
{
    /// <summary>Parses a 32-bit integer in the context culture; null when the text is not one.</summary>
    public static object? ToInt(TemplateContext context, string? text) =>
        int.TryParse(text, NumberStyles.Integer, context.Culture, out var value) ? value : null;

    /// <summary>Parses a 64-bit integer in the context culture; null when the text is not one.</summary>
    public static object? ToLong(TemplateContext context, string? text) =>
        long.TryParse(text, NumberStyles.Integer, context.Culture, out var value) ? value : null;

    /// <summary>
    /// Parses a float in the context culture; null when the text is not one. Returns a double holding the
    /// written value (not a widened 32-bit float), so <c>"123.4" | string.to_float + 1</c> prints <c>124.4</c>.
    /// </summary>
    public static object? ToFloat(TemplateContext context, string? text) =>
        float.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, context.Culture, out _)
            && double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, context.Culture, out var value)
            ? value
            : null;

    /// <summary>Parses a 64-bit float in the context culture; null when the text is not one.</summary>
    public static object? ToDouble(TemplateContext context, string? text) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, context.Culture, out var value) ? value : null;

    /// <summary>The MD5 hash of the UTF-8 text, lower-case hex.</summary>
    public static string Md5(string? text) => Hex(MD5.HashData(Utf8(text)));

    /// <summary>The SHA-1 hash of the UTF-8 text, lower-case hex.</summary>
    public static string Sha1(string? text) => Hex(SHA1.HashData(Utf8(text)));

    /// <summary>The SHA-256 hash of the UTF-8 text, lower-case hex.</summary>
    public static string Sha256(string? text) => Hex(SHA256.HashData(Utf8(text)));

    /// <summary>The SHA-512 hash of the UTF-8 text, lower-case hex.</summary>
    public static string Sha512(string? text) => Hex(SHA512.HashData(Utf8(text)));

    /// <summary>The HMAC-SHA1 of the UTF-8 text with the UTF-8 <paramref name="secretKey"/>, lower-case hex.</summary>
    public static string HmacSha1(string? text, string? secretKey) => Hex(HMACSHA1.HashData(Utf8(secretKey), Utf8(text)));

    /// <summary>The HMAC-SHA256 of the UTF-8 text with the UTF-8 <paramref name="secretKey"/>, lower-case hex.</summary>
    public static string HmacSha256(string? text, string? secretKey) => Hex(HMACSHA256.HashData(Utf8(secretKey), Utf8(text)));

    /// <summary>The HMAC-SHA512 of the UTF-8 text with the UTF-8 <paramref name="secretKey"/>, lower-case hex.</summary>
    public static string HmacSha512(string? text, string? secretKey) => Hex(HMACSHA512.HashData(Utf8(secretKey), Utf8(text)));

    /// <summary>The Base64 of the UTF-8 text.</summary>
    public static string Base64Encode(string? text) => Convert.ToBase64String(Utf8(text));

    /// <summary>Decodes Base64 to UTF-8 text; an invalid input is an error.</summary>
    public static string Base64Decode(SourceSpan span, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new TemplateException(span, $"The text `{Truncate(text, 40)}` is not valid Base64");
        }
    }

    private static byte[] Utf8(string? text) => Encoding.UTF8.GetBytes(text ?? string.Empty);

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
