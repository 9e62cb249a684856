using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Reports;

/// <summary>The period a progress report covers: "quý I năm 2026", 1/1/2026–31/3/2026.</summary>
/// <param name="Label">As printed in the report: "quý I năm 2026", "6 tháng đầu năm 2026".</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed partial record ReportPeriod(string Label, DateOnly From, DateOnly To)
{
    /// <summary>
    /// Reads a period the way deadlines are written ("quý I/2026", "6 tháng đầu năm", "năm 2026", "tháng 9/2026",
    /// "từ 01/01/2026 đến 31/3/2026"); a phrase without a year takes <paramref name="year"/>.
    /// </summary>
    /// <exception cref="FormatException">The phrase is not a period (unreadable, recurring or continuous).</exception>
    public static ReportPeriod Parse(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var period = DeadlineParser.Parse(text, year);
        if (period is null || period.IsContinuous || period.Recurrence != DeadlineRecurrence.None)
        {
            throw new FormatException(
                $"\"{text}\" is not a report period; write one like \"quý I/2026\", \"6 tháng đầu năm 2026\", \"9 tháng năm 2026\", \"năm 2026\" or \"tháng 9/2026\".");
        }
        var label = SlashYear().Replace(text.Trim(), " năm $1");
        if (!FourDigits().IsMatch(label))
        {
            label += (label.EndsWith(" năm", StringComparison.OrdinalIgnoreCase) ? " " : " năm ") + period.End.Year.ToString(CultureInfo.InvariantCulture);
        }
        if (label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]))
        {
            label = VietnameseCase.ToLower(label[..1]) + label[1..];
        }
        return new ReportPeriod(label, period.Start, period.End);
    }

    [GeneratedRegex(@"\s*/\s*(\d{4})$")]
    private static partial Regex SlashYear();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();
}
