using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Letters that label điểm: a) b) c) d) đ) e) g) h) i) k) l) m) n) o) p) q) r) s) t) u) v) x) y) — the
/// Vietnamese alphabet with đ and without f, j, w, z or the other diacritic letters (NĐ30 Phụ lục I; Article 8 of
/// the decree itself runs a) to i)).
/// </summary>
/// <remarks>
/// After y) the letters are doubled: aa) bb) cc) dd) đđ) … yy), then tripled (aaa) …), and so on. This is the
/// continuation used in long Vietnamese legal enumerations; it keeps to the same 23 letters, reads as "after
/// y", and cannot be confused with "a1)", "đ1)", which amending documents use for a điểm inserted between
/// existing ones. Labels are lower case.
/// </remarks>
public static class VietnameseLetters
{
    /// <summary>The 23 letters in order.</summary>
    public static IReadOnlyList<string> Alphabet { get; } =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>The label for a 1-based position: 1 → "a", 5 → "đ", 23 → "y", 24 → "aa", 47 → "aaa".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is below 1.</exception>
    public static string Label(int index)
    {
        if (index < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Điểm are numbered from 1.");
        }

        var letter = Alphabet[(index - 1) % Alphabet.Count];
        var repeat = ((index - 1) / Alphabet.Count) + 1;
        var builder = new StringBuilder(repeat);
        for (var i = 0; i < repeat; i++)
        {
            builder.Append(letter);
        }

        return builder.ToString();
    }

    /// <summary>The marker as printed before a điểm: "a)", "đ)", "aa)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is below 1.</exception>
    public static string Marker(int index) => Label(index) + ")";

    /// <summary>
    /// The 1-based position of a label or marker: "a" → 1, "đ)" → 5, "aa" → 24. Accepts upper case.
    /// </summary>
    /// <exception cref="VietnameseFormatException">
    /// The text is not a label: empty, a letter outside the alphabet (f, j, w, z, ă, â …), or mixed letters ("ab").
    /// </exception>
    public static int IndexOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = VietnameseCase.ToLower(label.Normalize(NormalizationForm.FormC));
        if (text.EndsWith(')'))
        {
            text = text[..^1];
        }

        if (text.Length == 0)
        {
            throw new VietnameseFormatException(label, 0, "The điểm label is empty; use a letter such as \"a\" or \"đ\".");
        }

        var position = IndexOfLetter(text[0]);
        if (position < 0)
        {
            throw new VietnameseFormatException(label, 0,
                $"\"{label[0]}\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).");
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != text[0])
            {
                throw new VietnameseFormatException(label, i,
                    $"\"{label}\" is not a điểm label; after \"y\" the letters repeat (\"aa\", \"bb\", \"đđ\").");
            }
        }

        return (text.Length - 1) * Alphabet.Count + position + 1;
    }

    /// <summary>Like <see cref="IndexOf"/>, but returns false instead of throwing.</summary>
    public static bool TryIndexOf(string? label, out int index)
    {
        index = 0;
        if (label is null)
        {
            return false;
        }

        try
        {
            index = IndexOf(label);
            return true;
        }
        catch (VietnameseFormatException)
        {
            return false;
        }
    }

    private static int IndexOfLetter(char c)
    {
        for (var i = 0; i < Alphabet.Count; i++)
        {
            if (Alphabet[i][0] == c)
            {
                return i;
            }
        }

        return -1;
    }
}
