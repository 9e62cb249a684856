using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// Tables (w:tbl) as the layout tables and table styles use them; the appendix tables are streamed by TableRenderer.

/// <summary>w:tbl.</summary>
internal sealed class Table : WordElement
{
    public Table(params WordElement[] children)
        : base("tbl") => Append(children);
}

/// <summary>w:tblPr of a table.</summary>
internal sealed class TableProperties : WordElement
{
    public TableProperties(params WordElement[] children)
        : base("tblPr") => Append(children);
}

/// <summary>w:tblPr of a table style.</summary>
internal sealed class StyleTableProperties : WordElement
{
    public StyleTableProperties(params WordElement[] children)
        : base("tblPr") => Append(children);
}

/// <summary>w:tblStyle.</summary>
internal sealed class TableStyle() : WordElement("tblStyle")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>A width given as text in twips with its unit (w:tblW, w:tcW, w:top and w:bottom in w:tblCellMar).</summary>
internal abstract class TextWidth(string localName) : WordElement(localName)
{
    public string? Width { get; set; }

    public TableWidthUnitValues? Type { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "w", Width);
        Attribute(xml, "type", Type);
    }
}

/// <summary>w:tblW.</summary>
internal sealed class TableWidth() : TextWidth("tblW");

/// <summary>w:tblInd.</summary>
internal sealed class TableIndentation() : WordElement("tblInd")
{
    public int? Width { get; set; }

    public TableWidthUnitValues? Type { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "w", Width);
        Attribute(xml, "type", Type);
    }
}

/// <summary>w:tblBorders.</summary>
internal sealed class TableBorders : WordElement
{
    public TableBorders(params WordElement[] children)
        : base("tblBorders") => Append(children);
}

/// <summary>A border line (w:top, w:left, …): style, colour, width in eighths of a point, space in points.</summary>
internal abstract class BorderType(string localName) : WordElement(localName)
{
    public BorderValues? Val { get; set; }

    public string? Color { get; set; }

    public uint? Size { get; set; }

    public uint? Space { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "val", Val);
        Attribute(xml, "color", Color);
        Attribute(xml, "sz", Size);
        Attribute(xml, "space", Space);
    }
}

/// <summary>w:top.</summary>
internal sealed class TopBorder() : BorderType("top");

/// <summary>w:left.</summary>
internal sealed class LeftBorder() : BorderType("left");

/// <summary>w:bottom.</summary>
internal sealed class BottomBorder() : BorderType("bottom");

/// <summary>w:right.</summary>
internal sealed class RightBorder() : BorderType("right");

/// <summary>w:insideH.</summary>
internal sealed class InsideHorizontalBorder() : BorderType("insideH");

/// <summary>w:insideV.</summary>
internal sealed class InsideVerticalBorder() : BorderType("insideV");

/// <summary>w:tblLayout.</summary>
internal sealed class TableLayout() : WordElement("tblLayout")
{
    public TableLayoutValues? Type { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "type", Type);
}

/// <summary>w:tblCellMar.</summary>
internal sealed class TableCellMarginDefault : WordElement
{
    public TableCellMarginDefault(params WordElement[] children)
        : base("tblCellMar") => Append(children);
}

/// <summary>w:top in w:tblCellMar.</summary>
internal sealed class TopMargin() : TextWidth("top");

/// <summary>w:bottom in w:tblCellMar.</summary>
internal sealed class BottomMargin() : TextWidth("bottom");

/// <summary>A cell margin given as a number (w:left, w:right in w:tblCellMar).</summary>
internal abstract class NumberMargin(string localName) : WordElement(localName)
{
    public short? Width { get; set; }

    public TableWidthValues? Type { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "w", Width);
        Attribute(xml, "type", Type);
    }
}

/// <summary>w:left in w:tblCellMar.</summary>
internal sealed class TableCellLeftMargin() : NumberMargin("left");

/// <summary>w:right in w:tblCellMar.</summary>
internal sealed class TableCellRightMargin() : NumberMargin("right");

/// <summary>w:tblLook.</summary>
internal sealed class TableLook() : WordElement("tblLook")
{
    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:tblGrid.</summary>
internal sealed class TableGrid : WordElement
{
    public TableGrid(IEnumerable<GridColumn> columns)
        : base("tblGrid") => Append(columns);
}

/// <summary>w:gridCol.</summary>
internal sealed class GridColumn() : WordElement("gridCol")
{
    public string? Width { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "w", Width);
}

/// <summary>w:tr.</summary>
internal sealed class TableRow : WordElement
{
    public TableRow(params WordElement[] children)
        : base("tr") => Append(children);
}

/// <summary>w:trPr.</summary>
internal sealed class TableRowProperties : WordElement
{
    public TableRowProperties(params WordElement[] children)
        : base("trPr") => Append(children);
}

/// <summary>w:cantSplit.</summary>
internal sealed class CantSplit() : WordElement("cantSplit");

/// <summary>w:tc.</summary>
internal sealed class TableCell : WordElement
{
    public TableCell(params WordElement[] children)
        : base("tc") => Append(children);
}

/// <summary>w:tcPr.</summary>
internal sealed class TableCellProperties : WordElement
{
    public TableCellProperties(params WordElement[] children)
        : base("tcPr") => Append(children);
}

/// <summary>w:tcW.</summary>
internal sealed class TableCellWidth() : TextWidth("tcW");
