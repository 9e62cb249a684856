using System.Globalization;

namespace CcHc.Docs.Testing.Docx;

/// <summary>Converts WordprocessingML measures to the units a reviewer reads: pt for sizes, mm (one decimal) for lengths.</summary>
internal static class Units
{
    private const double TwipsPerInch = 1440;
    private const double MillimetresPerInch = 25.4;
    private const double EmuPerMillimetre = 36000;

    /// <summary>Twentieths of a point (twips) as millimetres, e.g. <c>567</c> → <c>10.0mm</c>.</summary>
    public static string TwipsToMm(double twips) => Mm(twips / TwipsPerInch * MillimetresPerInch);

    /// <summary>English Metric Units (drawing extents) as millimetres.</summary>
    public static string EmuToMm(long emu) => Mm(emu / EmuPerMillimetre);

    /// <summary>Twips as points, e.g. <c>120</c> → <c>6pt</c>.</summary>
    public static string TwipsToPt(double twips) => Pt(twips / 20);

    /// <summary>Half-points (font sizes) as points, e.g. <c>27</c> → <c>13.5pt</c>.</summary>
    public static string HalfPointsToPt(double halfPoints) => Pt(halfPoints / 2);

    /// <summary>Eighths of a point (border widths) as points.</summary>
    public static string EighthPointsToPt(double eighths) => Pt(eighths / 8);

    /// <summary>A length in millimetres with exactly one decimal.</summary>
    public static string Mm(double millimetres)
    {
        var rounded = Math.Round(millimetres, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0.0"
        return rounded.ToString("0.0", CultureInfo.InvariantCulture) + "mm";
    }

    /// <summary>A size in points with at most two decimals and no trailing zeros.</summary>
    public static string Pt(double points) => Number(points) + "pt";

    /// <summary>A plain number with at most two decimals, invariant culture.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an integral measure attribute (twips, half-points, …); null when absent or not a number.</summary>
    public static double? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : null;
    }
}
