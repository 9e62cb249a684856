using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;
using static CcHc.Docs.Tests.Markup.MarkupSnippets;

namespace CcHc.Docs.Tests.Markup;

/// <summary>
/// When markup has several problems, the one reported is the one a whole-document check would find
/// first: malformed XML and excessive nesting anywhere, then text directly inside &lt;table&gt; or &lt;row&gt;,
/// then the rest in document order, with the content of &lt;signing&gt;'s children last.
/// The parser reads in one pass, so these orders are kept on purpose.
/// </summary>
public class MarkupParserErrorOrderTests
{
    private const string Columns = "<columns><column width=\"*\"/><column width=\"*\"/></columns>";

    private static MarkupException ErrorOnLine3(string line3) =>
        Error("<document>\n  <section>\n    " + line3 + "\n  </section>\n</document>");

    /// <summary>The 1-based column of <paramref name="part"/> in line 3 (which is indented by 4 spaces).</summary>
    private static int ColumnOf(string line3, string part) => 4 + line3.IndexOf(part, StringComparison.Ordinal) + 1;

    [Fact]
    public void Malformed_xml_after_a_markup_problem_is_reported_instead()
    {
        var error = Error("<document><section><para/></section></document><extra/>");
        Assert.Null(error.ElementName);
        Assert.Contains("not well-formed XML", error.Problem);
        Assert.Contains("multiple root elements", error.Problem);
    }

    [Fact]
    public void Excessive_nesting_after_a_markup_problem_is_reported_instead()
    {
        var error = Error("<document><section><para/><p>" + string.Concat(Enumerable.Repeat("<b>", 60)) + "</p></section></document>");
        Assert.Equal("b", error.ElementName);
        Assert.Contains($"nested more than {MarkupParser.MaxDepth} levels deep", error.Problem);
    }

    [Fact]
    public void Text_inside_a_table_outranks_an_earlier_problem_in_a_row()
    {
        var line3 = "<table>" + Columns + "<row><cell><heading/></cell><cell>b</cell></row> stray <row/></table>";
        var error = ErrorOnLine3(line3);
        Assert.Equal(("table", 3, ColumnOf(line3, "stray")), (error.ElementName, error.Line, error.Column));
        Assert.Contains("Text is not allowed directly inside <table>", error.Problem);
    }

    [Fact]
    public void Text_inside_a_row_outranks_an_earlier_problem_in_a_cell()
    {
        var line3 = "<table>" + Columns + "<row><cell x=\"1\">a</cell> t <cell>b</cell></row></table>";
        var error = ErrorOnLine3(line3);
        Assert.Equal(("row", 3, ColumnOf(line3, "t <cell")), (error.ElementName, error.Line, error.Column));
    }

    [Fact]
    public void A_cell_with_a_paragraph_reports_what_precedes_it_as_misplaced_inline_content()
    {
        var text = "<table>" + Columns + "<row><cell>1<b x=\"1\">q</b><p>z</p></cell><cell/></row></table>";
        var textError = ErrorOnLine3(text);
        Assert.Equal(("cell", ColumnOf(text, "1<b")), (textError.ElementName, textError.Column));
        Assert.Contains("Text is not allowed directly inside <cell>", textError.Problem);

        var element = "<table>" + Columns + "<row><cell><b x=\"1\">q</b><p>z</p></cell><cell/></row></table>";
        var elementError = ErrorOnLine3(element);
        Assert.Equal(("b", ColumnOf(element, "<b") + 1), (elementError.ElementName, elementError.Column));
        Assert.Contains("<b> is not allowed inside <cell>; allowed here: <p>, <item> or inline content", elementError.Problem);
    }

    [Fact]
    public void A_cell_without_paragraphs_reports_inline_problems()
    {
        var line3 = "<table>" + Columns + "<row><cell>1<b x=\"1\">q</b></cell><cell/></row></table>";
        var error = ErrorOnLine3(line3);
        Assert.Equal(("b", ColumnOf(line3, "x=")), (error.ElementName, error.Column));
        Assert.Contains("Unknown attribute 'x' on <b>", error.Problem);
    }

    [Fact]
    public void In_signing_the_recipients_are_checked_before_the_signature_and_a_missing_signature_first()
    {
        var both = ErrorOnLine3("<signing><signature><bogus/></signature><recipients><bad/></recipients></signing>");
        Assert.Equal("bad", both.ElementName);
        Assert.Contains("<bad> is not allowed inside <recipients>", both.Problem);

        var missing = ErrorOnLine3("<signing><recipients><bad/></recipients></signing>");
        Assert.Equal("signing", missing.ElementName);
        Assert.Contains("<signing> needs a <signature> element.", missing.Problem);

        var duplicate = ErrorOnLine3("<signing><signature><bogus/></signature><signature/></signing>");
        Assert.Contains("<signature> may appear only once here.", duplicate.Problem);
    }

    [Fact]
    public void An_item_reports_problems_in_its_text_before_an_invalid_marker()
    {
        var error = ErrorOnLine3("<item marker=\"bullet\"><b x=\"1\">a</b></item>");
        Assert.Contains("Unknown attribute 'x' on <b>", error.Problem);
    }

    [Fact]
    public void A_lone_group_cell_in_a_row_already_filled_by_rowspans_does_not_fit()
    {
        // This used to escape as an ArgumentOutOfRangeException (a column span of 0).
        var line3 = "<table>" + Columns + "<row><cell rowspan=\"2\" colspan=\"2\">a</cell></row><row kind=\"group\"><cell>g</cell></row></table>";
        var error = ErrorOnLine3(line3);
        Assert.Equal(("cell", ColumnOf(line3, "<cell>g") + 1), (error.ElementName, error.Column));
        Assert.Contains("This cell does not fit", error.Problem);
    }

    [Fact]
    public void Column_content_is_ignored_as_before()
    {
        var table = Single<TableBlock>("<table><columns><column width=\"*\">note<b/></column></columns><row><cell>a</cell></row></table>");
        Assert.Single(table.Columns);
    }
}
