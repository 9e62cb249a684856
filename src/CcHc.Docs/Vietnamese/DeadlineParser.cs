using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Reads the thời gian thực hiện phrases of real plans into a <see cref="DeadlinePeriod"/>, relative to the plan's
/// year: quarters ("Quý I", "quý 3/2026"), halves and nine months ("6 tháng đầu năm", "9 tháng"), the year
/// ("Năm 2026", "cuối năm", "tổng kết năm"), months, dates ("Trước ngày 30/6/2026"), ranges ("từ tháng 3 đến tháng
/// 6"), recurrences ("hằng quý"), continuous work ("Thường xuyên"), periods ("Giai đoạn 2026 - 2030") and lists of
/// these ("Quý I, 6 tháng, quý III và tổng kết năm"). A phrase it cannot read gives null; the caller keeps the text.
/// </summary>
public static partial class DeadlineParser
{
    /// <summary>Reads <paramref name="text"/> with <paramref name="year"/> as the year of phrases that name none.</summary>
    /// <returns>The period, or null when the phrase is empty or not one the parser knows.</returns>
    public static DeadlinePeriod? Parse(string? text, int year)
    {
        if (string.IsNullOrWhiteSpace(text) || year is < 1900 or > 2999)
        {
            return null;
        }
        var normal = Normalize(text);
        var span = Phrase(normal, year) ?? List(normal, year);
        return span is null ? null : new DeadlinePeriod
        {
            Text = text.Trim(),
            Start = span.Start,
            End = span.End,
            Recurrence = span.Recurrence,
            IsContinuous = span.Continuous,
            Milestones = span.Milestones,
        };
    }

    /// <summary>True when <paramref name="text"/> reads as a deadline; <paramref name="period"/> is the reading.</summary>
    public static bool TryParse(string? text, int year, out DeadlinePeriod? period)
    {
        period = Parse(text, year);
        return period is not null;
    }

    private sealed record Span(DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> Milestones, DeadlineRecurrence Recurrence = DeadlineRecurrence.None, bool Continuous = false, bool IsDate = false)
    {
        public static Span Once(DateOnly start, DateOnly end) => new(start, end, [end]);
    }

    private static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        s = s.Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-').Replace('\u00a0', ' ');
        s = s.Replace("hàng", "hằng", StringComparison.Ordinal).Replace("quí", "quý", StringComparison.Ordinal)
            .Replace("thường xuyên", "thường xuyên", StringComparison.Ordinal);
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ';', ',').Trim();
        s = Hyphen().Replace(s, " - ");
        return s;
    }

    private static Span? List(string normal, int year)
    {
        var pieces = Separators().Split(normal).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count < 2)
        {
            return null;
        }
        var spans = new List<Span>();
        string? unit = null;
        foreach (var piece in pieces)
        {
            var span = Phrase(piece, year);
            if (span is null && unit is not null)
            {
                span = Phrase(unit + " " + piece, year);
            }
            if (span is null)
            {
                return null;
            }
            unit = UnitWord().Match(piece) is { Success: true } m ? m.Groups[1].Value : unit;
            spans.Add(span);
        }
        var milestones = spans.SelectMany(s => s.Milestones).Distinct().Order().ToArray();
        var recurring = spans.Where(s => s.Recurrence != DeadlineRecurrence.None).ToList();
        var recurrence = recurring.Count == 1 && milestones.SequenceEqual(recurring[0].Milestones)
            ? recurring[0].Recurrence : DeadlineRecurrence.None;
        return new Span(spans.Min(s => s.Start), spans.Max(s => s.End), milestones, recurrence, spans.All(s => s.Continuous));
    }

    private static Span? Phrase(string s, int year)
    {
        s = s.Trim().TrimEnd(':', '.', ',').Trim();
        if (s.Length == 0)
        {
            return null;
        }
        if ((Atom(s, year) ?? Range(s, year) ?? Before(s, year)) is { } span)
        {
            return span;
        }
        var noise = Noise().Match(s);
        if (noise.Success && noise.Length < s.Length)
        {
            return Phrase(s[noise.Length..], year);
        }
        var trailingYear = TrailingYear().Match(s);
        if (trailingYear.Success && trailingYear.Index > 0)
        {
            var rest = s[..trailingYear.Index];
            var y = int.Parse(trailingYear.Groups[1].Value, CultureInfo.InvariantCulture);
            return Phrase(rest, y) ?? Phrase(s[..^4].TrimEnd(' ', '/', ','), y);
        }
        return null;
    }

    private static Span? Before(string s, int year)
    {
        var m = BeforeWords().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var inner = Phrase(s[m.Length..], year);
        if (inner is null || inner.Continuous || inner.Recurrence != DeadlineRecurrence.None)
        {
            return null;
        }
        var yearStart = new DateOnly(Math.Min(year, inner.End.Year), 1, 1);
        var latest = m.Groups["by"].Success
            ? inner.End
            : inner.IsDate ? inner.End : inner.Start.AddDays(-1);
        return latest < yearStart ? null : Span.Once(yearStart, latest);
    }

    private static Span? Range(string s, int year)
    {
        var m = RangeWords().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var rightText = m.Groups["right"].Value;
        var leftText = m.Groups["left"].Value;
        var right = Phrase(rightText, year)
            ?? (UnitWord().Match(leftText) is { Success: true } unit ? Phrase(unit.Groups[1].Value + " " + rightText, year) : null);
        if (right is null)
        {
            return null;
        }
        var left = Phrase(leftText, right.End.Year)
            ?? (UnitWord().Match(rightText) is { Success: true } u ? Phrase(u.Groups[1].Value + " " + leftText, right.End.Year) : null);
        if (left is null || left.Continuous || right.Continuous || left.Start > right.End)
        {
            return null;
        }
        return Span.Once(left.Start, right.End);
    }

    private static Span? Atom(string s, int year)
    {
        if (Continuous().IsMatch(s))
        {
            return new Span(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), [], Continuous: true);
        }
        if (Recurring().Match(s) is { Success: true } r)
        {
            var every = r.Groups[1].Value switch
            {
                "tháng" => DeadlineRecurrence.Monthly,
                "quý" => DeadlineRecurrence.Quarterly,
                "năm" => DeadlineRecurrence.Yearly,
                _ => DeadlineRecurrence.HalfYearly,
            };
            var months = every switch
            {
                DeadlineRecurrence.Monthly => 1,
                DeadlineRecurrence.Quarterly => 3,
                DeadlineRecurrence.HalfYearly => 6,
                _ => 12,
            };
            var ends = Enumerable.Range(1, 12 / months).Select(i => MonthEnd(year, i * months)).ToArray();
            return new Span(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ends, every);
        }
        if (Quarter().Match(s) is { Success: true } q && QuarterNumber(q.Groups[1].Value) is { } quarter)
        {
            return Span.Once(new DateOnly(year, (3 * quarter) - 2, 1), MonthEnd(year, 3 * quarter));
        }
        if (Months().Match(s) is { Success: true } part)
        {
            var count = int.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            var last = part.Groups[2].Value == "cuối";
            return last && count == 6 ? Span.Once(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31))
                : last ? null
                : Span.Once(new DateOnly(year, 1, 1), MonthEnd(year, count));
        }
        if (YearWords().Match(s) is { Success: true } y)
        {
            var which = y.Groups["y"].Success ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
            return y.Groups[1].Value switch
            {
                "đầu " => Span.Once(new DateOnly(which, 1, 1), new DateOnly(which, 3, 31)),
                "giữa " => Span.Once(new DateOnly(which, 4, 1), new DateOnly(which, 9, 30)),
                "cuối " => Span.Once(new DateOnly(which, 10, 1), new DateOnly(which, 12, 31)),
                _ => Span.Once(new DateOnly(which, 1, 1), new DateOnly(which, 12, 31)),
            };
        }
        if (PeriodYears().Match(s) is { Success: true } p)
        {
            var from = int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(p.Groups[2].Value, CultureInfo.InvariantCulture);
            return from <= to && to - from <= 50 ? Span.Once(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)) : null;
        }
        if (UntilYear().Match(s) is { Success: true } until)
        {
            var to = int.Parse(until.Groups[1].Value, CultureInfo.InvariantCulture);
            return to >= year ? Span.Once(new DateOnly(year, 1, 1), new DateOnly(to, 12, 31)) : null;
        }
        if (Month().Match(s) is { Success: true } month)
        {
            var number = int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture);
            return number is >= 1 and <= 12 ? Span.Once(new DateOnly(year, number, 1), MonthEnd(year, number)) : null;
        }
        if (Date(s, year) is { } date)
        {
            return new Span(date, date, [date], IsDate: true);
        }
        return null;
    }

    private static DateOnly? Date(string s, int year)
    {
        var m = NumericDate().Match(s);
        if (!m.Success)
        {
            m = WordDate().Match(s);
        }
        if (!m.Success)
        {
            return null;
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
    }

    private static int? QuarterNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic is >= 1 and <= 4 ? arabic : null;
        }
        return RomanNumerals.TryFromRoman(text.ToUpperInvariant(), out var roman) && roman is >= 1 and <= 4 ? roman : null;
    }

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"\s*[,;]\s*|\s+(?:và|hoặc)\s+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(quý|tháng)\b")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^(?:thời gian(?: thực hiện)?|thời hạn(?: hoàn thành)?|dự kiến|thực hiện|triển khai|hoàn thành|tổ chức|theo lộ trình|lộ trình|định kỳ(?= hằng)|trong|vào|trước hết)\b[:\s]*")]
    private static partial Regex Noise();

    [GeneratedRegex(@"(?:,?\s+(?:trong\s+|của\s+)?(?:năm\s+)?|/)(\d{4})$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"^(?:(?:trước|không quá|muộn nhất)(?: ngày| hết)?|(?<by>chậm nhất|hạn chót|hạn cuối|đến hết|hết|đến)(?: (?:ngày|là|vào|trong|đến))*)\s+")]
    private static partial Regex BeforeWords();

    [GeneratedRegex(@"^(?:từ\s+)?(?<left>.+?)\s+(?:đến|tới|-)\s+(?<right>.+)$")]
    private static partial Regex RangeWords();

    [GeneratedRegex(@"^(?:thường xuyên|liên tục|hằng ngày|thường xuyên - liên tục|thường xuyên liên tục)(?: (?:hằng năm|trong năm|cả năm|trong suốt năm))?$")]
    private static partial Regex Continuous();

    [GeneratedRegex(@"^(?:định kỳ )?hằng (tháng|quý|năm)$|^(?:6 tháng một lần|định kỳ 6 tháng)$")]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^(?:quý|q)\s*([ivx]+|[1-4])$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(6|9) tháng(?: (đầu|cuối) năm)?$")]
    private static partial Regex Months();

    [GeneratedRegex(@"^(?:(đầu |giữa |cuối |cả |tổng kết |trong )?năm(?: (?<y>\d{4}))?|(?<y>\d{4}))$")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"^(?:giai đoạn )?(\d{4}) - (\d{4})$")]
    private static partial Regex PeriodYears();

    [GeneratedRegex(@"^(?:đến|tới) năm (\d{4})$")]
    private static partial Regex UntilYear();

    [GeneratedRegex(@"^(?:đầu |giữa |cuối )?tháng (\d{1,2})$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(?:ngày )?(?<d>\d{1,2})[/.](?<m>\d{1,2})(?:[/.](?<y>\d{4}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:ngày )?(?<d>\d{1,2}) tháng (?<m>\d{1,2})(?: năm (?<y>\d{4}))?$")]
    private static partial Regex WordDate();
}
