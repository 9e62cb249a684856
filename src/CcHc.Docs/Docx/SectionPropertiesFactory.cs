using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// The sectPr of a section: A4 size and orientation, margins, header references, page-number
/// restart and titlePg. Every section names both headers explicitly so nothing is inherited by
/// accident from the section before it.
/// </summary>
internal static class SectionPropertiesFactory
{
    public static SectionProperties Create(MarkupSection section, PageGeometry page)
    {
        var properties = new SectionProperties();
        var (defaultHeader, firstHeader) = section.PageNumbers switch
        {
            PageNumberDisplay.None => (HeaderParts.EmptyId, HeaderParts.EmptyId),
            PageNumberDisplay.AllPages => (HeaderParts.PageNumberId, HeaderParts.PageNumberId),
            _ => (HeaderParts.PageNumberId, HeaderParts.EmptyId),
        };
        properties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeader });
        properties.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeader });
        properties.Append(new SectionType { Val = SectionMarkValues.NextPage });
        var size = new PageSize { Width = (uint)page.Width, Height = (uint)page.Height };
        if (page.Orientation == PageOrientation.Landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        properties.Append(size);
        properties.Append(new PageMargin
        {
            Top = page.Top,
            Bottom = page.Bottom,
            Left = (uint)page.Left,
            Right = (uint)page.Right,
            Header = (uint)page.Header,
            Footer = (uint)page.Header,
            Gutter = 0,
        });
        if (section.RestartPageNumbering)
        {
            properties.Append(new PageNumberType { Start = 1 });
        }

        // titlePg makes the first page use the "first" header: empty for FromSecondPage.
        properties.Append(new TitlePage { Val = section.PageNumbers == PageNumberDisplay.FromSecondPage });
        properties.Append(new DocGrid { LinePitch = 360 });
        return properties;
    }
}
