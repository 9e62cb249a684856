namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Finds Vietnamese text that was typed in a pre-Unicode encoding (TCVN3 or VNI) and pasted as if it were
/// Unicode — "Céng hoµ x· héi" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI) instead of "Cộng hòa xã hội".
/// </summary>
/// <remarks>
/// <para>
/// Both encodings put Vietnamese letters on Latin-1 code points. Many of those are ordinary letters in Vietnamese,
/// French or German, so the detector only counts patterns that real Unicode Vietnamese, English and French do not
/// produce:
/// </para>
/// <list type="bullet">
/// <item>TCVN3: a symbol from U+00A1–U+00BE inside a word ("n¨m", "c¸c", "§éc", "ViÖt" after "i"), a capital
/// Latin-1 letter right after a lower-case letter ("ViÖt", "QuyÕt"), "×" or "÷" between letters, and a soft hyphen
/// ending a word or touching another TCVN3 letter ("t­", "n­íc"). Symbols are only counted in the positions the
/// letter they encode can take, so "© 2026", "Windows®", "5 µm", "§ 3", "«Bonjour»" and "½" do not count.</item>
/// <item>VNI: a vowel followed by a mark byte that cannot follow it in Unicode text — "aù", "oø", "uû", "aõ", "oä",
/// "aâ", "eâ", "aê", "öô", "ôï" — and "ñ"/"Ñ" starting a word (VNI's đ/Đ). The French "où" is not counted,
/// nor "oû", "aï", "oï", "aé", "aë" (coûte, août, naïf, héroïque, aéroport, Israël), nor a vowel mark after "i"
/// (VNI writes í, ì, ỉ, ĩ, ị as single bytes), which keeps the Italian "più" out.</item>
/// </list>
/// <para>
/// One sign is enough to report a suspicion; when both encodings show signs the one with more wins. Catalan
/// "l·l" is a known false positive. <see cref="LegacyEncodingConverter"/> turns the text into Unicode.
/// </para>
/// </remarks>
public static class LegacyEncodingDetector
{
    private const string Tcvn3Symbols = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾×÷";
    private const string Tcvn3UpperLooking = "ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖØÜÝÞ";
    private const string VniToneVowels = "aeouyAEOUYôÔöÖ";

    /// <summary>Looks for signs of TCVN3 or VNI text; see the remarks for what counts.</summary>
    public static LegacyEncodingDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int tcvnCount = 0, vniCount = 0, tcvnFirst = -1, vniFirst = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsTcvn3Sign(text, i))
            {
                tcvnCount++;
                tcvnFirst = tcvnFirst < 0 ? i : tcvnFirst;
            }

            if (IsVniSign(text, i))
            {
                vniCount++;
                vniFirst = vniFirst < 0 ? i : vniFirst;
            }
        }

        if (tcvnCount == 0 && vniCount == 0)
        {
            return LegacyEncodingDetection.NotFound;
        }

        var isTcvn = tcvnCount > vniCount || (tcvnCount == vniCount && tcvnFirst < vniFirst);
        var index = isTcvn ? tcvnFirst : vniFirst;
        var (line, column) = LineAndColumn(text, index);
        return new LegacyEncodingDetection(
            isTcvn ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni, index, line, column, WordAt(text, index), isTcvn ? tcvnCount : vniCount);
    }

    private static bool IsTcvn3Sign(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\0';
        var after = i + 1 < text.Length ? text[i + 1] : '\0';
        bool wordBefore = IsWordChar(before), wordAfter = IsWordChar(after);

        if (Tcvn3UpperLooking.Contains(c))
        {
            return char.IsLower(before) || Tcvn3Symbols.Contains(before);
        }

        return c switch
        {
            '§' or '®' => wordAfter,
            '¡' or '¢' or '£' or '¤' or '¥' or '¦' or '«' or '»' or '©' or '¹' or '¼' or '½' or '¾' or '×' or '÷' =>
                wordBefore && wordAfter,
            'µ' or '¬' or 'ª' => wordBefore,
            '¨' or '¶' or '·' or '¸' => wordBefore || wordAfter,
            '\u00AD' => wordBefore && (!wordAfter || (after > '\u007F' && LegacyEncodingConverter.Tcvn3Map.ContainsKey(after))),
            _ => false,
        };
    }

    private static bool IsVniSign(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\0';
        switch (c)
        {
            case 'ø' or 'Ø' or 'õ' or 'Õ':
                return IsVniToneVowelBefore(text, i);
            case 'û' or 'Û':
                return IsVniToneVowelBefore(text, i) && before is not ('o' or 'O');
            case 'ù' or 'Ù':
                return IsVniToneVowelBefore(text, i) && !IsFrenchOu(text, i);
            case 'ï' or 'Ï':
                return before is 'ô' or 'Ô' or 'ö' or 'Ö';
            case 'â' or 'Â':
                return before is 'a' or 'e' or 'o' or 'A' or 'E' or 'O';
            case 'ê' or 'Ê':
                return before is 'a' or 'A';
            case 'á' or 'à' or 'ã' or 'Á' or 'À' or 'Ã':
                return before is 'a' or 'e' or 'A' or 'E';
            case 'å' or 'ä' or 'Å' or 'Ä':
                return before is 'a' or 'e' or 'o' or 'A' or 'E' or 'O';
            case 'ô' or 'Ô':
                return before is 'ö' or 'Ö';
            case 'ñ' or 'Ñ':
                return !char.IsLetter(before) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            default:
                return false;
        }
    }

    /// <summary>A vowel that takes a VNI tone byte stands before <paramref name="i"/>; the "u" of "qu" is a consonant.</summary>
    private static bool IsVniToneVowelBefore(string text, int i) =>
        i > 0
        && VniToneVowels.Contains(text[i - 1])
        && !(text[i - 1] is 'u' or 'U' && i > 1 && text[i - 2] is 'q' or 'Q');

    /// <summary>The French word "où" on its own (VNI would write "ó" the same way, but never as a whole word).</summary>
    private static bool IsFrenchOu(string text, int i) =>
        text[i - 1] is 'o' or 'O'
        && (i < 2 || !char.IsLetter(text[i - 2]))
        && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));

    private static bool IsWordChar(char c) => char.IsLetter(c) || LegacyEncodingConverter.Tcvn3Map.ContainsKey(c);

    private static string WordAt(string text, int index)
    {
        var start = index;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        var end = index + 1;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
