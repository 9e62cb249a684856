using CcHc.Docs.Markup.Tree;
using static CcHc.Docs.Tests.Markup.MarkupSnippets;

namespace CcHc.Docs.Tests.Markup;

/// <summary>The whitespace rule, inline formatting, escaping and normalisation.</summary>
public class MarkupParserTextTests
{
    private static IReadOnlyList<MarkupInline> Inlines(string paragraphContent) =>
        Single<ParagraphBlock>("<p>" + paragraphContent + "</p>").Inlines;

    [Theory]
    [InlineData("a b", "a b")]
    [InlineData("  a   b  ", "a b")]
    [InlineData("\n      Căn cứ Luật\n      Tổ chức chính quyền\t địa phương;\n    ", "Căn cứ Luật Tổ chức chính quyền địa phương;")]
    [InlineData("a\r\n\r\nb", "a b")]
    [InlineData("a&#160;&#160;b", "a\u00A0\u00A0b")]
    [InlineData("   ", "")]
    public void Whitespace_collapses_and_is_trimmed(string content, string expected) =>
        Assert.Equal(expected, Text(Inlines(content)));

    [Fact]
    public void Whitespace_collapses_across_inline_boundaries()
    {
        var inlines = Inlines("Số <b> 78 </b> ngày");
        Assert.Equal("Số 78 ngày", Text(inlines));
        Assert.Collection(
            inlines.Cast<TextSpan>(),
            s => Assert.Equal(("Số ", false), (s.Text, s.Bold)),
            s => Assert.Equal(("78 ", true), (s.Text, s.Bold)),
            s => Assert.Equal(("ngày", false), (s.Text, s.Bold)));
    }

    [Fact]
    public void Whitespace_next_to_line_breaks_disappears()
    {
        Assert.Equal("ỦY BAN NHÂN DÂN\nXÃ VĨNH PHONG", Text(Inlines("  ỦY BAN NHÂN DÂN  <br/>\n   XÃ VĨNH PHONG ")));
        Assert.Equal("a\n\nb", Text(Inlines("a <br/> <br/> b")));
    }

    [Fact]
    public void Nested_formatting_combines()
    {
        var span = Assert.IsType<TextSpan>(Assert.Single(Inlines("<b><i><u>x</u></i></b>")));
        Assert.Equal((true, true, true), (span.Bold, span.Italic, span.Underline));
        var spans = Inlines("a<i>b<b>c</b></i>").Cast<TextSpan>().ToList();
        Assert.Equal(["a", "b", "c"], spans.Select(s => s.Text));
        Assert.Equal([false, true, true], spans.Select(s => s.Italic));
        Assert.Equal([false, false, true], spans.Select(s => s.Bold));
    }

    [Fact]
    public void Adjacent_text_with_the_same_format_is_merged()
    {
        var span = Assert.IsType<TextSpan>(Assert.Single(Inlines("<b>a</b><b>b</b>")));
        Assert.Equal("ab", span.Text);
    }

    [Fact]
    public void Escaped_characters_arrive_as_text()
    {
        Assert.Equal("a < b & c > d \"e\" 'f'", Text(Inlines("a &lt; b &amp; c &gt; d &quot;e&quot; &apos;f&apos;")));
        Assert.Equal("<b>not bold</b>", Text(Inlines("<![CDATA[<b>not bold</b>]]>")));
        Assert.Equal("Điều 5", Text(Inlines("&#272;i&#x1EC1;u 5")));
    }

    [Fact]
    public void Text_is_normalised_to_NFC()
    {
        var decomposed = "Vie\u0302\u0323t Nam"; // "Việt" typed with combining marks
        var text = Text(Inlines(decomposed));
        Assert.Equal("Việt Nam", text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("\u1EA1\u0302", "\u1EAD")] // a precomposed "ạ" with a combining circumflex is "ậ"
    [InlineData("10 \u212B", "10 \u00C5")] // the Ångström sign is a singleton: NFC replaces it
    [InlineData("\uF900", "\u8C48")] // a CJK compatibility ideograph
    [InlineData("Nhi\u1EC7m v\u1EE5 \u0111\u01B0\u1EE3c giao", "Nhi\u1EC7m v\u1EE5 \u0111\u01B0\u1EE3c giao")] // already NFC
    public void Text_outside_precomposed_latin_is_normalised_too(string input, string expected)
    {
        var text = Text(Inlines(input));
        Assert.Equal(expected, text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Normalisation_sees_text_split_by_a_comment()
    {
        Assert.Equal("Vi\u1EC7t", Text(Inlines("Vie<!-- c -->\u0302\u0323t")));
    }

    [Fact]
    public void Cells_accept_inline_content_or_paragraphs_but_not_both()
    {
        var table = Single<TableBlock>("""
            <table><columns><column width="*"/></columns>
              <row><cell> a <b>b</b> </cell></row>
              <row><cell><p>x</p><item marker="dash">y</item></cell></row>
              <row><cell/></row>
            </table>
            """);
        Assert.Equal("a b", Text(((ParagraphBlock)table.Rows[0].Cells[0].Blocks.Single()).Inlines));
        Assert.Equal(2, table.Rows[1].Cells[0].Blocks.Count);
        Assert.Empty(table.Rows[2].Cells[0].Blocks);
        var error = Error("<document><section><table><columns><column width=\"*\"/></columns><row><cell>text <p>x</p></cell></row></table></section></document>");
        Assert.Contains("Text is not allowed directly inside <cell>", error.Message);
    }
}
