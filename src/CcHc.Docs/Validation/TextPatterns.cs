using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation;

/// <summary>Text matching shared by rules: folding diacritics, dates and numbers in running text, cited documents.</summary>
internal static partial class TextPatterns
{
    private static readonly string[] ExtraKinds = ["Chương trình hành động", "Luật", "Bộ luật", "Pháp lệnh"];

    /// <summary>"Nghị định số 118/2025/NĐ-CP ngày 09/6/2025": a kind, "số", a number and an optional date.</summary>
    public static Regex CitationInText { get; } = new(
        "(?<kind>" + string.Join("|", DocumentKinds.All.Select(k => k.Name).Concat(ExtraKinds)
            .OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")\s+số\s+(?<number>[0-9][^\s,;()]*)"
        + @"(?:,?\s+ngày\s+(?<date>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}))?",
        RegexOptions.CultureInvariant);

    /// <summary>A lower-case, NFC copy without tone marks or vowel marks, đ as d: "Vĩnh Phong" → "vinh phong".</summary>
    public static string Fold(string text)
    {
        var decomposed = VietnameseCase.ToLower(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// An issuer name for comparison: abbreviations written out ("UBND" → "ủy ban nhân dân"), old tone placement
    /// ("Uỷ") made new, single spaces, lower case.
    /// </summary>
    public static string IssuerKey(string issuer)
    {
        var text = VietnameseCase.ToLower(issuer.Normalize(NormalizationForm.FormC)).Replace("uỷ", "ủy", StringComparison.Ordinal);
        text = Regex.Replace(text, @"\bubnd\b", "ủy ban nhân dân");
        text = Regex.Replace(text, @"\bhđnd\b", "hội đồng nhân dân");
        return Regex.Replace(text, @"\s+", " ").Trim();
    }

    /// <summary>Reads a date as running text writes it: "ngày 09 tháng 6 năm 2025" (without "ngày" too) or "09/6/2025".</summary>
    public static DateOnly? ReadDate(string text)
    {
        var compact = Regex.Replace(text.Trim(), @"\s*/\s*", "/");
        if (compact.Contains('/', StringComparison.Ordinal) && compact.StartsWith("ngày", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[4..].Trim();
        }
        try
        {
            return DateLine.ParseDate(compact.StartsWith("ngày", StringComparison.OrdinalIgnoreCase) || compact.Contains('/', StringComparison.Ordinal)
                ? compact
                : "ngày " + compact);
        }
        catch (VietnameseFormatException)
        {
            return null;
        }
    }

    /// <summary>Every date written in the text, long ("ngày 9 tháng 6 năm 2025") or numeric ("09/6/2025"), with its exact form.</summary>
    public static IEnumerable<(DateOnly Date, string Form, bool IsLong)> DatesIn(string text)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            if (ReadDate(match.Value) is { } date)
            {
                yield return (date, match.Value, match.Value.StartsWith("ngày", StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    /// <summary>Every number in the text read the vi-VN way: "1.400" is 1400, "11,4" is 11.4.</summary>
    public static IEnumerable<decimal> NumbersIn(string text)
    {
        foreach (Match match in NumberPattern().Matches(text))
        {
            var digits = match.Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    /// <summary>Percentages in the text: "11,4%" and "100 %" give 11.4 and 100.</summary>
    public static IEnumerable<(decimal Value, string Form)> PercentagesIn(string text)
    {
        foreach (Match match in PercentPattern().Matches(text))
        {
            foreach (var value in NumbersIn(match.Groups["n"].Value))
            {
                yield return (value, match.Value);
            }
        }
    }

    /// <summary>A date as messages print it, the short NĐ30 way: "20/3/2026", "09/6/2025" (day with two digits).</summary>
    public static string Short(DateOnly date) => date.ToString("dd'/'M'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>A number as Vietnamese text writes it: 11,4; 1.400.</summary>
    public static string ViNumber(decimal value)
    {
        var text = value.ToString("#,0.############", CultureInfo.InvariantCulture);
        return text.Replace(",", "\u0001", StringComparison.Ordinal).Replace('.', ',').Replace("\u0001", ".", StringComparison.Ordinal);
    }

    /// <summary>
    /// The words around <paramref name="length"/> characters at <paramref name="index"/>, for quoting: about 15
    /// characters before and 30 after, cut at spaces, with "…" where text was left out.
    /// </summary>
    public static string Around(string text, int index, int length)
    {
        var start = Math.Max(0, index - 15);
        while (start > 0 && start < index && text[start - 1] != ' ')
        {
            start++;
        }
        var end = Math.Min(text.Length, index + length + 30);
        while (end < text.Length && end > index + length && text[end] != ' ')
        {
            end--;
        }
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>The text shortened for quoting in a message.</summary>
    public static string Quote(string text) => text.Length <= 80 ? text : TextElements.Head(text, 77) + "…";

    [GeneratedRegex(@"ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}|\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])|(?<![0-9.,])[0-9]+(?:,[0-9]+)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<n>[0-9][0-9.,]*)\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();
}
