using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Testing.Tests.TestDocx;

namespace CcHc.Docs.Testing.Tests.Docx;

/// <summary>A small change to a document is a small, readable change to its description.</summary>
public sealed class ChangeDiffTests
{
    [Fact]
    public void ChangedTitleFontSize_IsAOneLineDiffNamingBothSizes()
    {
        var diff = DiffOf(titleHalfPoints => Plan(titleHalfPoints), 28, 26);

        Assert.Equal(["  p [14pt B center] KẾ HOẠCH"], DiffLines.Removed(diff));
        Assert.Equal(["  p [13pt B center] KẾ HOẠCH"], DiffLines.Added(diff));
    }

    [Fact]
    public void MovedParagraph_IsOneRemovedAndOneAddedLine()
    {
        var before = Describe(Create(Paragraph("Một"), Paragraph("Hai"), Paragraph("Ba"), Paragraph("Bốn")));
        var after = Describe(Create(Paragraph("Một"), Paragraph("Ba"), Paragraph("Hai"), Paragraph("Bốn")));

        var diff = DiffLines.Between(before, after);

        var removed = Assert.Single(DiffLines.Removed(diff));
        var added = Assert.Single(DiffLines.Added(diff));
        Assert.Equal(removed, added);
        Assert.Contains(removed, new[] { "  p [13pt] Hai", "  p [13pt] Ba" });
    }

    [Fact]
    public void NewTableRow_AddsOnlyThatRowsLines()
    {
        var before = Describe(Create(Table([1000, 3000], ["STT", "Nhiệm vụ"], ["1", "Rà soát"])));
        var after = Describe(Create(Table([1000, 3000], ["STT", "Nhiệm vụ"], ["1", "Rà soát"], ["2", "Công khai"])));

        var diff = DiffLines.Between(before, after);

        Assert.Empty(DiffLines.Removed(diff));
        Assert.Equal(
            ["    row 3", "      cell A3", "        p [13pt] 2", "      cell B3", "        p [13pt] Công khai"],
            DiffLines.Added(diff));
    }

    [Fact]
    public void CellsMergedAcross_ShowAsSpanOnTheFirstCellAndTheCoveredCellGone()
    {
        var before = Describe(Create(Table([1000, 1000], ["STT", ""], ["1", "x"])));
        var merged = Table([1000, 1000], ["STT"], ["1", "x"]);
        merged.Elements<TableRow>().First().Elements<TableCell>().First().PrependChild(new TableCellProperties(new GridSpan { Val = 2 }));
        var after = Describe(Create(merged));

        var diff = DiffLines.Between(before, after);

        Assert.Equal(["      cell A1", "      cell B1", "        p [13pt]"], DiffLines.Removed(diff));
        Assert.Equal(["      cell A1 [colspan=2]"], DiffLines.Added(diff));
    }

    [Fact]
    public void VerticalMergeExtendedByOneRow_ChangesTheRowspanAndDropsTheCoveredCell()
    {
        var before = Describe(Create(MergedDown(rows: 2)));
        var after = Describe(Create(MergedDown(rows: 3)));

        var diff = DiffLines.Between(before, after);

        Assert.Equal(["      cell A1 [rowspan=2]", "      cell A3", "        p [13pt] a3"], DiffLines.Removed(diff));
        Assert.Equal(["      cell A1 [rowspan=3]"], DiffLines.Added(diff));

        static Table MergedDown(int rows)
        {
            var table = Table([1000, 1000], ["a1", "b1"], ["a2", "b2"], ["a3", "b3"]);
            var tableRows = table.Elements<TableRow>().ToList();
            for (var r = 0; r < rows; r++)
            {
                var merge = r == 0 ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge();
                tableRows[r].Elements<TableCell>().First().PrependChild(new TableCellProperties(merge));
            }
            return table;
        }
    }

    private static string DiffOf<T>(Func<T, byte[]> build, T before, T after) =>
        DiffLines.Between(Describe(build(before)), Describe(build(after)));

    private static byte[] Plan(int titleHalfPoints) => Create(
        Paragraph("ỦY BAN NHÂN DÂN XÃ VĨNH PHONG", Size(26, bold: true), Centered()),
        Paragraph("KẾ HOẠCH", Size(titleHalfPoints, bold: true), Centered()),
        Paragraph("Cải cách hành chính năm 2026", Size(26, bold: true), Centered()),
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", Size(26, bold: true)),
        Table([1000, 3000], ["STT", "Nhiệm vụ"], ["1", "Rà soát thủ tục"]));
}
