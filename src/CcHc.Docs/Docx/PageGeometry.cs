using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>A4 page size and margins in twips for one orientation.</summary>
internal sealed class PageGeometry
{
    public const int A4ShortSide = 11906;
    public const int A4LongSide = 16838;

    public PageGeometry(DocxWriterOptions options, PageOrientation orientation)
    {
        Orientation = orientation;
        Width = orientation == PageOrientation.Landscape ? A4LongSide : A4ShortSide;
        Height = orientation == PageOrientation.Landscape ? A4ShortSide : A4LongSide;

        // NĐ30 margins are measured in reading direction, so a landscape page keeps the same values.
        Top = Units.MmToTwips(options.TopMarginMm);
        Bottom = Units.MmToTwips(options.BottomMarginMm);
        Left = Units.MmToTwips(options.LeftMarginMm);
        Right = Units.MmToTwips(options.RightMarginMm);
        Header = Units.MmToTwips(options.HeaderDistanceMm);
    }

    public PageOrientation Orientation { get; }

    public int Width { get; }

    public int Height { get; }

    public int Top { get; }

    public int Bottom { get; }

    public int Left { get; }

    public int Right { get; }

    public int Header { get; }

    /// <summary>The width between the margins: 9355 twips (165 mm) for portrait with default margins.</summary>
    public int TextWidth => Width - Left - Right;
}
