using System.Buffers;
using System.Globalization;
using System.Text;

namespace CcHc.Docs.Docx;

/// <summary>
/// Estimates how wide a line of Times New Roman text is, from rough per-letter advance widths
/// (in em). Good to a few percent for Vietnamese text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at
/// 13 pt bold comes out at ≈95 mm (measured 95.7 mm), "Độc lập - Tự do - Hạnh phúc" at 13 pt bold
/// at ≈56 mm (measured 56 mm). Used only to size the short rules under the letterhead lines.
/// </summary>
/// <remarks>
/// Text is measured one code point at a time, so a character outside the Basic Multilingual Plane (an emoji,
/// a Hán-Nôm character) counts once, as a full em, and a lone surrogate counts as an unknown letter.
/// </remarks>
internal static class TextWidthEstimator
{
    /// <summary>The estimated width in twips of <paramref name="text"/> at <paramref name="points"/>.</summary>
    public static int Twips(string text, double points, bool bold) => (int)Math.Round(Ems(text, bold) * points * 20);

    /// <summary>The estimated width of <paramref name="text"/> in em (multiples of the font size).</summary>
    public static double Ems(string text, bool bold)
    {
        var em = 0.0;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }
            i += consumed;
            em += rune.IsBmp ? Advance(BaseLetter((char)rune.Value), bold) : 1.0;
        }

        return em;
    }

    private static char BaseLetter(char c)
    {
        if (c is 'Đ' or 'đ')
        {
            return c == 'Đ' ? 'D' : 'd';
        }

        // Precomposed Latin letters (Vietnamese included) end at U+1EFF; nothing above decomposes to one.
        if (c is < '\u00C0' or > '\u1EFF')
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }

    private static double Advance(char c, bool bold) => c switch
    {
        ' ' or '\u00A0' => 0.25,
        'I' or 'J' => bold ? 0.39 : 0.33,
        'M' or 'W' => bold ? 0.94 : 0.89,
        >= 'A' and <= 'Z' => bold ? 0.72 : 0.68,
        'i' or 'l' or 'j' or 't' or 'f' or 'r' => bold ? 0.33 : 0.28,
        'm' or 'w' => bold ? 0.8 : 0.75,
        >= 'a' and <= 'z' => bold ? 0.5 : 0.47,
        >= '0' and <= '9' => 0.5,
        '.' or ',' or ':' or ';' or '\'' => 0.25,
        '-' or '(' or ')' or '/' => 0.33,
        _ => 0.5,
    };
}
