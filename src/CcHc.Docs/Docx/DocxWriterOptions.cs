namespace CcHc.Docs.Docx;

/// <summary>
/// How <see cref="DocxWriter"/> lays out the document: the size profile and the page margins.
/// Margins must lie within the NĐ30 ranges (top/bottom 20–25, left 30–35, right 15–20 mm).
/// </summary>
public sealed class DocxWriterOptions
{
    /// <summary>The NĐ30 defaults: 14-pt profile, margins 20/20/30/15 mm, header distance 10 mm.</summary>
    public static DocxWriterOptions Default { get; } = new();

    /// <summary>Font sizes of every element; <see cref="FormattingProfile.Body14"/> by default.</summary>
    public FormattingProfile Profile { get; init; } = FormattingProfile.Body14;

    /// <summary>Top margin in millimetres (20–25).</summary>
    public double TopMarginMm { get; init; } = 20;

    /// <summary>Bottom margin in millimetres (20–25).</summary>
    public double BottomMarginMm { get; init; } = 20;

    /// <summary>Left margin in millimetres (30–35).</summary>
    public double LeftMarginMm { get; init; } = 30;

    /// <summary>Right margin in millimetres (15–20).</summary>
    public double RightMarginMm { get; init; } = 15;

    /// <summary>Distance from the page edge to the page-number header, in millimetres (5–20).</summary>
    public double HeaderDistanceMm { get; init; } = 10;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Profile);
        Check(TopMarginMm, 20, 25, nameof(TopMarginMm));
        Check(BottomMarginMm, 20, 25, nameof(BottomMarginMm));
        Check(LeftMarginMm, 30, 35, nameof(LeftMarginMm));
        Check(RightMarginMm, 15, 20, nameof(RightMarginMm));
        Check(HeaderDistanceMm, 5, 20, nameof(HeaderDistanceMm));
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be from {min} to {max} mm (NĐ30/2020 Phụ lục I).");
        }
    }
}
