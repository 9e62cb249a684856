using System.Globalization;
using System.Text;
using Humanizer;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Numbers and amounts of money in Vietnamese words, as written after "(Bằng chữ: …)":
/// 78_496_000_000 → "bảy mươi tám tỷ bốn trăm chín mươi sáu triệu", money → "… triệu đồng".
/// </summary>
/// <remarks>
/// <para>
/// Each group of three digits is read by Humanizer's Vietnamese converter (culture "vi"), which already writes
/// "mốt" (21 → "hai mươi mốt"), "lăm" (15 → "mười lăm", but 105 → "một trăm linh năm") and "linh" for a zero
/// tens digit. Humanizer 3.0.10 (re-checked on the move from 2.14.1: all four are still needed) departs from the
/// written convention in four places, which are corrected here:
/// </para>
/// <list type="bullet">
/// <item>"tỉ" is written "tỷ", the spelling of official and banking documents.</item>
/// <item>4 after "mươi" is "bốn" (24 → "hai mươi bốn"); "tư" is the spoken variant.</item>
/// <item>A group after a higher one is read in full, with "không trăm" and "linh": 1_005_000 → "một triệu không
/// trăm linh năm nghìn", 1_000_010 → "một triệu không trăm mười" (Humanizer: "một triệu năm nghìn", "một triệu
/// mười"). Groups that are all zero are skipped: 1_000_000_005 → "một tỷ không trăm linh năm".</item>
/// <item>Negative numbers start with "âm" (Humanizer 3 writes "trừ", the arithmetic "minus"; 2.x threw).</item>
/// </list>
/// <para>
/// "nghìn" and "linh" are used rather than the southern "ngàn" and "lẻ", as in legal texts. Above a tỷ the count of
/// tỷ is itself read as a number: 10^12 → "một nghìn tỷ", 10^18 → "một tỷ tỷ".
/// </para>
/// </remarks>
public static class NumberWords
{
    private const long Billion = 1_000_000_000;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly string[] GroupScales = ["triệu", "nghìn", ""];

    /// <summary>The number in words, lower case: 21 → "hai mươi mốt", 1000 → "một nghìn", -5 → "âm năm".</summary>
    public static string ToWords(long number)
    {
        if (number == 0)
        {
            return "không";
        }

        var magnitude = number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;
        var words = Read(magnitude, full: false);
        return number < 0 ? "âm " + words : words;
    }

    /// <summary>An amount of money in words: 1_500_000 → "một triệu năm trăm nghìn đồng".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static string ToMoneyWords(long amount)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount of money in words cannot be negative.");
        }

        return ToWords(amount) + " đồng";
    }

    /// <summary>
    /// An amount of money in words with a capital first letter, as written for "Bằng chữ":
    /// 78_496_000_000 → "Bảy mươi tám tỷ bốn trăm chín mươi sáu triệu đồng".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static string ToMoneyWordsCapitalized(long amount) => VietnameseCase.CapitalizeFirst(ToMoneyWords(amount));

    /// <summary>The number in words with a capital first letter: 15 → "Mười lăm".</summary>
    public static string ToWordsCapitalized(long number) => VietnameseCase.CapitalizeFirst(ToWords(number));

    private static string Read(ulong number, bool full)
    {
        if (number >= Billion)
        {
            var high = Read(number / Billion, full);
            var low = number % Billion;
            return low == 0 ? high + " tỷ" : high + " tỷ " + Read(low, full: true);
        }

        var parts = new List<string>(3);
        var groups = new[] { (int)(number / 1_000_000), (int)(number / 1000 % 1000), (int)(number % 1000) };
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] == 0)
            {
                continue;
            }

            var words = ReadGroup(groups[i], full || parts.Count > 0);
            parts.Add(GroupScales[i].Length == 0 ? words : words + " " + GroupScales[i]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>Reads 1..999; <paramref name="full"/> adds "không trăm" and "linh" for a group after a higher one.</summary>
    private static string ReadGroup(int group, bool full)
    {
        var words = new StringBuilder();
        if (full && group < 100)
        {
            words.Append("không trăm ");
            if (group < 10)
            {
                words.Append("linh ");
            }
        }

        var humanized = group.ToWords(Vietnamese).Replace("mươi tư", "mươi bốn", StringComparison.Ordinal);
        return words.Append(humanized).ToString();
    }
}
