using System.Collections.Frozen;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Converts Vietnamese text typed in TCVN3 or VNI (and pasted as if it were Latin-1) to Unicode NFC, e.g.
/// "Céng hoµ x· héi" (TCVN3) and "Coäng hoøa xaõ hoäi" (VNI) both become "Cộng hoà/hòa xã hội".
/// </summary>
/// <remarks>
/// Every Latin-1 code the encoding uses is mapped, so only pass text that is in that encoding throughout (use
/// <see cref="LegacyEncodingDetector"/> to find it). TCVN3 text typed with the capital ".VnTimeH" fonts stores
/// lower-case codes and comes out lower case; upper-case it with <see cref="VietnameseCase"/>.
/// </remarks>
public static class LegacyEncodingConverter
{
    private const string Tcvn3Codes =
        "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";

    private const string Tcvn3Letters =
        "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    // VNI: letters that stand alone (ơ, ư, đ and i with a tone) and marks that follow a vowel.
    private const string VniLetterCodes = "ôÔöÖñÑíÍìÌæÆóÓòÒ";
    private const string VniLetters = "ơƠưƯđĐíÍìÌỉỈĩĨịỊ";
    private const string VowelsTakingMarks = "aeouyAEOUYơƠưƯ";

    private const char Acute = '\u0301';
    private const char Grave = '\u0300';
    private const char Hook = '\u0309';
    private const char Tilde = '\u0303';
    private const char DotBelow = '\u0323';
    private const char Circumflex = '\u0302';
    private const char Breve = '\u0306';

    /// <summary>TCVN3 code (as a Latin-1 character) → the Vietnamese letter it encodes.</summary>
    internal static readonly FrozenDictionary<char, char> Tcvn3Map =
        Tcvn3Codes.Zip(Tcvn3Letters).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    private static readonly FrozenDictionary<char, char> VniLetterMap =
        VniLetterCodes.Zip(VniLetters).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>"Céng hoµ x· héi chñ nghÜa ViÖt Nam" → "Cộng hoà xã hội chủ nghĩa Việt Nam".</summary>
    public static string ConvertFromTcvn3(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Tcvn3Map.TryGetValue(c, out var letter) ? letter : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" → "Cộng hòa xã hội chủ nghĩa Việt Nam".</summary>
    public static string ConvertFromVni(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lastBase = '\0';
        foreach (var c in text)
        {
            var marks = MarksFor(c, lastBase);
            if (marks.Length > 0)
            {
                builder.Append(marks);
                lastBase = '\0';
                continue;
            }

            var letter = VniLetterMap.TryGetValue(c, out var mapped) ? mapped : c;
            builder.Append(letter);
            lastBase = VowelsTakingMarks.Contains(letter) ? letter : '\0';
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Converts text in the given encoding; <see cref="LegacyEncoding.None"/> returns it unchanged (as NFC).</summary>
    public static string Convert(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => ConvertFromTcvn3(text),
        LegacyEncoding.Vni => ConvertFromVni(text),
        _ => TextNormalizer.Normalize(text),
    };

    /// <summary>The combining marks a VNI mark byte adds to the vowel before it, or empty when it is not a mark there.</summary>
    private static string MarksFor(char mark, char vowel)
    {
        if (vowel == '\0')
        {
            return string.Empty;
        }

        var lower = char.ToLowerInvariant(vowel);
        var takesCircumflex = lower is 'a' or 'e' or 'o';
        var takesBreve = lower == 'a';
        return char.ToLowerInvariant(mark) switch
        {
            'ù' => Acute.ToString(),
            'ø' => Grave.ToString(),
            'û' => Hook.ToString(),
            'õ' => Tilde.ToString(),
            'ï' => DotBelow.ToString(),
            'â' when takesCircumflex => Circumflex.ToString(),
            'á' when takesCircumflex => $"{Circumflex}{Acute}",
            'à' when takesCircumflex => $"{Circumflex}{Grave}",
            'å' when takesCircumflex => $"{Circumflex}{Hook}",
            'ã' when takesCircumflex => $"{Circumflex}{Tilde}",
            'ä' when takesCircumflex => $"{Circumflex}{DotBelow}",
            'ê' when takesBreve => Breve.ToString(),
            'é' when takesBreve => $"{Breve}{Acute}",
            'è' when takesBreve => $"{Breve}{Grave}",
            'ú' when takesBreve => $"{Breve}{Hook}",
            'ü' when takesBreve => $"{Breve}{Tilde}",
            'ë' when takesBreve => $"{Breve}{DotBelow}",
            _ => string.Empty,
        };
    }
}
