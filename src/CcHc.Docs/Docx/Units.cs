namespace CcHc.Docs.Docx;

/// <summary>Conversions to the units of WordprocessingML.</summary>
internal static class Units
{
    /// <summary>Millimetres to twentieths of a point (1 inch = 25.4 mm = 1440 twips).</summary>
    public static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    /// <summary>Points to the half-points used by w:sz.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Points to twips (spacing values).</summary>
    public static int PointsToTwips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);
}
