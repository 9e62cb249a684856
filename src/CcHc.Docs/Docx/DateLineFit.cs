using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// Sizes the letterhead's columns so the place-and-date line stays on one line (spec/nd30.md section 3: it sits on
/// one line level with "Số"). The official 100 mm right column holds "Vĩnh Phong, ngày 20 tháng 3 năm 2026" at
/// 14 pt but not "Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2025". Such a line first widens the right column, as
/// far as the left column still holds the issuing body's longest line; if that is not enough, the line steps down
/// to 13 pt (NĐ30 allows 13–14) and the column widens as far as it needs, down to a left column of 50 mm.
/// </summary>
internal readonly record struct DateLineFit(int Left, int Right, double? StepDownPoints)
{
    /// <summary>The smallest size NĐ30 allows for the place-and-date line.</summary>
    public const double SmallestPoints = 13;

    /// <summary>Head-room over the estimate: the estimator is good to a few percent, a line must not wrap on a miss.</summary>
    public const double Margin = 1.06;

    /// <summary>The narrowest left column, 50 mm: "ỦY BAN NHÂN DÂN" at 13 pt bold (≈45 mm) still fits on one line.</summary>
    public const int MinimumLeft = 2835; // 50 mm

    /// <summary>The columns for a letterhead whose right column is normally <paramref name="right"/> twips of <paramref name="textWidth"/>.</summary>
    public static DateLineFit For(string dateLine, IEnumerable<string> leftLines, int textWidth, int right, FormattingProfile profile)
    {
        var leftNeed = Math.Max(MinimumLeft, leftLines.Select(line => Needed(line, profile.Agency, bold: true)).DefaultIfEmpty(0).Max());
        var widest = Math.Max(right, textWidth - leftNeed);
        var need = Needed(dateLine, profile.Body, bold: false);
        if (need <= right)
        {
            return new(textWidth - right, right, null);
        }

        if (need <= widest)
        {
            return new(textWidth - need, need, null);
        }

        var smaller = Math.Min(profile.Body, SmallestPoints);
        var needSmaller = Needed(dateLine, smaller, bold: false);
        var step = smaller < profile.Body ? smaller : (double?)null;

        // At 13 pt the line fits beside the issuing body, or it takes what the narrowest left column leaves: NĐ30 lets a
        // long issuing body wrap, while the date line belongs on one line. Only a line too long even for that wraps.
        var width = Math.Clamp(needSmaller, right, Math.Max(widest, textWidth - MinimumLeft));
        return new(textWidth - width, width, step);
    }

    /// <summary>Run properties that set the stepped-down size, or null when the style's size stands.</summary>
    public RunProperties? RunProperties() => StepDownPoints is { } points
        ? new RunProperties(
            new FontSize { Val = Units.HalfPoints(points) },
            new FontSizeComplexScript { Val = Units.HalfPoints(points) })
        : null;

    private static int Needed(string text, double points, bool bold) =>
        (int)Math.Ceiling(TextWidthEstimator.Twips(text, points, bold) * Margin);
}
