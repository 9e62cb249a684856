using System.Globalization;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Checks that a written word is a Vietnamese syllable: an onset, a rhyme (optional medial o/u, a vowel
/// nucleus, an optional coda), the onset spelling rules (c/k, g/gh, ng/ngh, qu, gi), a rhyme ending in c, ch,
/// p, t only with the sắc or nặng tone, and the tone mark on the vowel that carries it (old and new placement
/// both accepted: "hòa" and "hoà", "thủy" and "thuỷ"). A word that fails is almost always a typo ("tổ chưc",
/// "đươc").
/// </summary>
public static class VietnameseSyllables
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";

    /// <summary>Onsets, longest first so that "ngh" is tried before "ng" and "n".</summary>
    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    /// <summary>Rhymes without a medial (nucleus and coda), as written after any onset but qu.</summary>
    private static readonly HashSet<string> PlainRhymes = new(StringComparer.Ordinal)
    {
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êu", "êch", "êm", "ên", "ênh", "êp", "êt",
        "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "y", "yêm", "yên", "yêng", "yêt", "yêu",
        "o", "oi", "oc", "om", "on", "ong", "op", "ot", "oong", "ooc",
        "ô", "ôi", "ôc", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "ui", "uc", "um", "un", "ung", "up", "ut",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưi", "ưu", "ưc", "ưm", "ưng", "ưt",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
    };

    /// <summary>Rhymes with the medial o ("hoa", "khoẻ") or u ("thuê", "tuy", "huynh").</summary>
    private static readonly HashSet<string> MedialRhymes = new(StringComparer.Ordinal)
    {
        "oa", "oai", "oay", "oac", "oach", "oam", "oan", "oang", "oanh", "oap", "oat",
        "oăc", "oăm", "oăn", "oăng", "oăt",
        "oe", "oeo", "oen", "oet",
        "uân", "uâng", "uât", "uây",
        "uê", "uêch", "uênh", "uơ",
        "uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uyên", "uyêt",
    };

    /// <summary>
    /// Proper names of the Central Highlands written with letters outside the syllable system (Đắk Lắk, Krông
    /// Pắc): correct, and common in addresses.
    /// </summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "đắk", "lắk", "krông", "kông", "búk", "đăk", "lăk" };

    /// <summary>
    /// Why <paramref name="word"/> (one syllable, any case, NFC or not) cannot be Vietnamese, or
    /// <see cref="SyllableFault.None"/> when it can.
    /// </summary>
    public static SyllableFault Check(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant().Normalize(NormalizationForm.FormC);
        if (lower.Length == 0)
        {
            return SyllableFault.Structure;
        }
        if (Names.Contains(lower))
        {
            return SyllableFault.None;
        }
        if (!TrySplitTone(lower, out var letters, out var tone, out var toneAt, out var fault))
        {
            return fault;
        }
        var best = SyllableFault.Structure;
        foreach (var onset in Onsets)
        {
            if (!letters.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }
            var result = CheckParse(onset, letters[onset.Length..], tone, toneAt);
            if (result == SyllableFault.None)
            {
                return SyllableFault.None;
            }
            // The first (longest onset) parse that gets past the structure names the fault.
            if (best == SyllableFault.Structure)
            {
                best = result;
            }
        }
        return best;
    }

    /// <summary>True when <paramref name="word"/> is a well-formed syllable.</summary>
    public static bool IsValid(string word) => Check(word) == SyllableFault.None;

    /// <summary>
    /// The words of <paramref name="text"/> that cannot be syllables, with their position and fault. Only words
    /// with a Vietnamese letter are judged: words in plain ASCII ("online", "PAR Index"), acronyms without a vowel
    /// ("HĐND", "BCĐ") and words glued to digits ("IPv6") are not, since they need not be Vietnamese.
    /// </summary>
    public static IEnumerable<(int Index, string Word, SyllableFault Fault)> FindInvalid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }
                continue;
            }
            if (start >= 0)
            {
                var word = text[start..i];
                var glued = (start > 0 && char.IsDigit(text[start - 1])) || (i < text.Length && char.IsDigit(text[i]));
                if (!glued && IsJudged(word) && Check(word) is var fault && fault != SyllableFault.None)
                {
                    yield return (start, word, fault);
                }
                start = -1;
            }
        }
    }

    private static bool IsJudged(string word) =>
        word.Any(c => c > '\u007f')
        && word.ToLowerInvariant().Normalize(NormalizationForm.FormD).Any(c => "aeiouy".Contains(c, StringComparison.Ordinal));

    private static SyllableFault CheckParse(string onset, string rhyme, char tone, int toneAt)
    {
        if (rhyme.Length == 0 || !Vowels.Contains(rhyme[0], StringComparison.Ordinal))
        {
            return SyllableFault.Structure;
        }
        var known = onset switch
        {
            "qu" => AfterQu(rhyme),
            // "giếng" is gi + iêng with the i written once; "gì", "gìn" parse as g + i.
            "gi" => PlainRhymes.Contains(rhyme) || PlainRhymes.Contains("i" + rhyme),
            _ => PlainRhymes.Contains(rhyme) || MedialRhymes.Contains(rhyme),
        };
        if (!known)
        {
            return SyllableFault.Structure;
        }
        if (!SpelledRight(onset, rhyme[0]))
        {
            return SyllableFault.Spelling;
        }
        if (EndsInStop(rhyme) && tone is not ('s' or 'j'))
        {
            return SyllableFault.ToneOnStopCoda;
        }
        if (tone != '\0' && !TonePositions(rhyme).Contains(toneAt - onset.Length))
        {
            return SyllableFault.TonePlacement;
        }
        return SyllableFault.None;
    }

    /// <summary>After qu the u is the medial: "qua", "quân", "quyết", "quốc", "quỳnh", "quít".</summary>
    private static bool AfterQu(string rhyme) =>
        MedialRhymes.Contains("u" + rhyme)
        || (PlainRhymes.Contains(rhyme) && "aăâeêiyôơ".Contains(rhyme[0], StringComparison.Ordinal) && !rhyme.StartsWith("ia", StringComparison.Ordinal));

    private static bool SpelledRight(string onset, char first)
    {
        var front = first is 'i' or 'y' or 'e' or 'ê';
        return onset switch
        {
            "k" => front,
            "c" => !front,
            "gh" or "ngh" => first is 'i' or 'e' or 'ê',
            "g" => first is not ('e' or 'ê' or 'y'),
            "ng" => !front,
            _ => true,
        };
    }

    private static bool EndsInStop(string rhyme) =>
        rhyme.EndsWith('c') || rhyme.EndsWith('p') || rhyme.EndsWith('t') || rhyme.EndsWith("ch", StringComparison.Ordinal);

    /// <summary>Where in <paramref name="rhyme"/> the tone mark may sit (index into the rhyme).</summary>
    private static int[] TonePositions(string rhyme)
    {
        var vowels = Enumerable.Range(0, rhyme.Length).Where(i => Vowels.Contains(rhyme[i], StringComparison.Ordinal)).ToArray();
        var marked = vowels.Where(i => MarkedVowels.Contains(rhyme[i], StringComparison.Ordinal)).ToArray();
        if (marked.Length > 0)
        {
            // ươ, ươi, ương, ươu: on ơ, the last marked vowel; otherwise on the only one (ấy, uyên, thuở).
            return [marked[^1]];
        }
        var closed = !Vowels.Contains(rhyme[^1], StringComparison.Ordinal);
        if (vowels.Length == 1 || closed)
        {
            // A single vowel, or a closed rhyme: on the last vowel ("toán", "huỳnh", "soóc").
            return [vowels[^1]];
        }
        if (vowels.Length >= 3)
        {
            // oai, oay, oeo, uyu: on the middle vowel ("ngoài", "khuỷu").
            return [vowels[1]];
        }
        var pair = rhyme[vowels[0]..(vowels[1] + 1)];
        // oa, oe, uy: old placement on the first ("hòa", "thủy"), new on the second ("hoà", "thuỷ").
        return pair is "oa" or "oe" or "uy" ? [vowels[0], vowels[1]] : [vowels[0]];
    }

    /// <summary>
    /// Splits the tone mark off: <paramref name="letters"/> keeps the vowel marks (ă, â, ê, ô, ơ, ư), the tone is
    /// 's' sắc, 'f' huyền, 'r' hỏi, 'x' ngã, 'j' nặng or '\0', <paramref name="toneAt"/> the letter it sits on.
    /// </summary>
    private static bool TrySplitTone(string lower, out string letters, out char tone, out int toneAt, out SyllableFault fault)
    {
        var builder = new StringBuilder(lower.Length);
        var current = new StringBuilder(2);
        tone = '\0';
        toneAt = -1;
        fault = SyllableFault.None;
        var index = -1;
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                var mark = c switch
                {
                    '\u0301' => 's',
                    '\u0300' => 'f',
                    '\u0309' => 'r',
                    '\u0303' => 'x',
                    '\u0323' => 'j',
                    _ => '\0',
                };
                if (mark == '\0')
                {
                    current.Append(c);
                    continue;
                }
                if (tone != '\0')
                {
                    fault = SyllableFault.TwoTones;
                    break;
                }
                tone = mark;
                toneAt = index;
                continue;
            }
            Flush(builder, current);
            current.Append(c);
            index++;
        }
        Flush(builder, current);
        letters = builder.ToString();
        if (fault != SyllableFault.None)
        {
            return false;
        }
        if (letters.Length != index + 1 || letters.Any(l => !"aăâbcdđeêghiklmnoôơpqrstuưvxy".Contains(l, StringComparison.Ordinal)))
        {
            fault = SyllableFault.ForeignLetter;
            return false;
        }
        return true;
    }

    private static void Flush(StringBuilder letters, StringBuilder current)
    {
        if (current.Length > 0)
        {
            letters.Append(current.ToString().Normalize(NormalizationForm.FormC));
            current.Clear();
        }
    }
}
