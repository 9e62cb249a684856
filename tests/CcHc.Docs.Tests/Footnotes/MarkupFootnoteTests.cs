using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Tests.Footnotes;

/// <summary>The &lt;footnote&gt; element: where it is allowed, its whitespace, and located errors.</summary>
public sealed class MarkupFootnoteTests
{
    private static MarkupDocument Parse(string blocks) =>
        MarkupParser.Parse($"<document>\n<section>\n{blocks}\n</section>\n</document>", "test.xml");

    [Fact]
    public void A_footnote_in_a_paragraph_holds_its_own_inline_content()
    {
        var document = Parse("<p>Căn cứ Luật<footnote> Sửa đổi, bổ sung <i>năm 2025</i>. </footnote> này.</p>");
        var inlines = ((ParagraphBlock)document.Sections[0].Blocks[0]).Inlines;

        Assert.Equal(3, inlines.Count);
        Assert.Equal("Căn cứ Luật", ((TextSpan)inlines[0]).Text);
        var note = Assert.IsType<Footnote>(inlines[1]);
        Assert.Equal(" này.", ((TextSpan)inlines[2]).Text);
        // The note's whitespace is trimmed like a block's; the formatting inside is kept.
        Assert.Equal("Sửa đổi, bổ sung ", ((TextSpan)note.Inlines[0]).Text);
        Assert.True(((TextSpan)note.Inlines[1]).Italic);
        Assert.Equal(".", ((TextSpan)note.Inlines[2]).Text);
    }

    [Fact]
    public void Footnotes_are_allowed_in_headings_items_and_table_cells()
    {
        var document = Parse("""
            <heading level="2" label="1.">Mục tiêu<footnote>Theo Nghị quyết.</footnote></heading>
            <item marker="dash">Việc<footnote>Một.</footnote></item>
            <table><columns><column width="*"/></columns>
              <row><cell>Ô<footnote>Trong bảng.</footnote></cell></row>
              <row><cell><p>Đoạn<footnote>Trong đoạn của ô.</footnote></p></cell></row>
            </table>
            """);
        var blocks = document.Sections[0].Blocks;

        Assert.IsType<Footnote>(((HeadingBlock)blocks[0]).Inlines[^1]);
        Assert.IsType<Footnote>(((ListItemBlock)blocks[1]).Inlines[^1]);
        var table = (TableBlock)blocks[2];
        Assert.IsType<Footnote>(((ParagraphBlock)table.Rows[0].Cells[0].Blocks[0]).Inlines[^1]);
        Assert.IsType<Footnote>(((ParagraphBlock)table.Rows[1].Cells[0].Blocks[0]).Inlines[^1]);
    }

    [Theory]
    // Line 3 of the markup is the block; columns point at the name of the <footnote> (or the attribute) at fault.
    [InlineData("<p>a<footnote>b<footnote>c</footnote></footnote></p>", 17, "cannot hold another <footnote>")]
    [InlineData("<p>a<footnote> </footnote></p>", 6, "<footnote> is empty")]
    [InlineData("<p>a<footnote x=\"1\">b</footnote></p>", 15, "x")]
    [InlineData("<title><kind>Kế hoạch</kind><summary>A<footnote>b</footnote></summary></title>", 40, "not allowed inside <summary>")]
    public void Misplaced_or_empty_footnotes_are_located_errors(string block, int column, string problem)
    {
        var error = Assert.Throws<MarkupException>(() => MarkupParser.Parse($"<document>\n<section>\n{block}\n</section>\n</document>", "test.xml"));

        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_in_the_letterhead_is_refused_with_the_places_it_belongs()
    {
        var error = Assert.Throws<MarkupException>(() => Parse(
            "<letterhead><issuing-body>UBND<footnote>x</footnote></issuing-body><number>1/KH</number><place-date>A, ngày 1</place-date></letterhead>"));

        Assert.Contains("footnotes belong in <p>, <heading>, <item> and <cell>", error.Message, StringComparison.Ordinal);
    }
}
