using CcHc.Docs.Markup;
using static CcHc.Docs.Tests.Markup.MarkupSnippets;

namespace CcHc.Docs.Tests.Markup;

public class MarkupParserErrorTests
{
    /// <summary>Wraps <paramref name="line3"/> so that it is line 3 of the markup, indented by 4 spaces.</summary>
    private static MarkupException ErrorOnLine3(string line3) =>
        Error("<document>\n  <section>\n    " + line3 + "\n  </section>\n</document>");

    [Theory]
    [InlineData("<para>x</para>", 6, "para", "<para> is not allowed inside <section>; allowed here: <p>, <heading>, <item>, <table>")]
    [InlineData("<p style=\"x\">x</p>", 8, "p", "Unknown attribute 'style' on <p> (allowed: role).")]
    [InlineData("<p role=\"intro\">x</p>", 8, "p", "role=\"intro\" is not valid; use one of \"body\", \"basis\", \"preamble\", \"closing\", \"center\", \"plain\".")]
    [InlineData("<heading label=\"I.\">x</heading>", 6, "heading", "<heading> needs the attribute level=\"…\".")]
    [InlineData("<heading level=\"9\" label=\"I.\">x</heading>", 14, "heading", "level=\"9\" must be a whole number from 0 to 4.")]
    [InlineData("<heading level=\"1\" label=\"I.\"> </heading>", 6, "heading", "<heading> has no text")]
    [InlineData("<p>a <heading level=\"1\" label=\"I.\">x</heading></p>", 11, "heading", "<heading> is not allowed inside <p>; allowed here: text, <b>, <i>, <u>, <br/>, <footnote>.")]
    [InlineData("<p><b x=\"1\">a</b></p>", 11, "b", "Unknown attribute 'x' on <b> (it takes no attributes).")]
    [InlineData("<item>x</item>", 6, "item", "<item> needs exactly one of marker=\"dash|plus\" or label=\"…\"")]
    [InlineData("<item marker=\"dash\" label=\"a)\">x</item>", 6, "item", "<item> needs exactly one of")]
    [InlineData("<item marker=\"bullet\">x</item>", 11, "item", "marker=\"bullet\" is not valid; use one of \"dash\", \"plus\".")]
    [InlineData("<title><kind>K</kind></title>", 6, "title", "<title> needs a <summary> element.")]
    [InlineData("<title><kind>K</kind><kind>L</kind><summary>S</summary></title>", 27, "kind", "<kind> may appear only once here.")]
    [InlineData("<title><kind/><summary>S</summary></title>", 13, "kind", "<kind> is empty; write its text.")]
    [InlineData("<letterhead><title/></letterhead>", 18, "title", "<title> is not allowed inside <letterhead>; allowed here: <parent-body>")]
    [InlineData("<letterhead><number>1</number><place-date>d</place-date></letterhead>", 6, "letterhead", "<letterhead> needs a <issuing-body> element.")]
    [InlineData("<letterhead><motto>a<br/>b</motto></letterhead>", 26, "br", "<motto> takes plain text only; remove <br>.")]
    [InlineData("<signing><recipients><recipient>a</recipient></recipients></signing>", 6, "signing", "<signing> needs a <signature> element.")]
    [InlineData("<signing><signature><position>P</position><authority>A</authority><signer>S</signer></signature></signing>", 48, "authority", "Write <signature> lines in order")]
    [InlineData("<signing><signature><authority>A</authority></signature></signing>", 15, "signature", "<signature> needs a <signer> element.")]
    [InlineData("<appendix-heading><title>T</title></appendix-heading>", 6, "appendix-heading", "<appendix-heading> needs a <label> element.")]
    [InlineData("<page-break>x</page-break>", 6, "page-break", "<page-break/> is an empty element")]
    [InlineData("loose text", 5, "section", "Text is not allowed directly inside <section>")]
    [InlineData("<x:p xmlns:x=\"urn:x\">a</x:p>", 6, "p", "is not allowed inside <section>")]
    public void Errors_name_the_line_column_element_and_fix(string line3, int column, string element, string message)
    {
        var error = ErrorOnLine3(line3);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(element, error.ElementName);
        Assert.Contains(message, error.Problem);
        Assert.Equal("test.xml", error.SourceName);
        Assert.StartsWith($"test.xml(3,{column}): <{element}>: ", error.Message);
    }

    [Fact]
    public void Root_must_be_document_with_sections()
    {
        Assert.Contains("must start with <document>, not <section>", Error("<section/>").Problem);
        Assert.Contains("<document> needs at least one <section>", Error("<document/>").Problem);
        Assert.Contains("<p> is not allowed inside <document>; allowed here: <section>", Error("<document><p/></document>").Problem);
        Assert.Contains("Unknown attribute 'version' on <document>", Error("<document version=\"1\"><section/></document>").Problem);
        Assert.Contains("restart-page-numbers=\"yes\" is not valid; use one of \"true\", \"false\"", Error("<document><section restart-page-numbers=\"yes\"/></document>").Problem);
    }

    [Theory]
    [InlineData("<document>\n<section>\n<p>a</section></document>", 3)]
    [InlineData("<document>\n  <section>\n", 3)]
    [InlineData("<document><section><p>a &nbsp; b</p></section></document>", 1)]
    [InlineData("<document><section><p>a & b</p></section></document>", 1)]
    [InlineData("<document><section><p>a < b</p></section></document>", 1)]
    [InlineData("", 0)]
    public void Malformed_xml_is_reported_with_its_location(string markup, int line)
    {
        var error = Error(markup);
        Assert.Null(error.ElementName);
        Assert.Equal(line, error.Line);
        Assert.Contains("The markup is not well-formed XML", error.Problem);
    }

    [Fact]
    public void Undeclared_entities_get_a_hint()
    {
        var error = Error("<document><section><p>a&nbsp;b</p></section></document>");
        Assert.Contains("&#160;", error.Problem);
    }

    [Fact]
    public void Dtds_and_external_entities_are_refused()
    {
        var error = Error("<!DOCTYPE document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<document><section><p>&xxe;</p></section></document>");
        Assert.Equal(1, error.Line);
        Assert.Contains("DTD", error.Problem);
    }

    [Theory]
    [InlineData(0x0001, "U+0001")]
    [InlineData(0x001F, "U+001F")]
    [InlineData(0xD800, "U+D800")]
    [InlineData(0xDC00, "U+DC00")]
    [InlineData(0xFFFE, "U+FFFE")]
    public void Characters_xml_forbids_are_rejected_with_their_position(int character, string code)
    {
        // Built in code: a lone surrogate would not survive theory-data serialisation.
        const int column = 9; // "    <p>a" is 8 characters
        var error = ErrorOnLine3("<p>a" + (char)character + "b</p>");
        Assert.Equal((3, column), (error.Line, error.Column));
        Assert.Contains(code, error.Problem);
        Assert.Contains("is not allowed in XML 1.0", error.Problem);
    }

    [Fact]
    public void Forbidden_characters_written_as_references_are_rejected_too()
    {
        var error = ErrorOnLine3("<p>a&#1;b</p>");
        Assert.Equal(3, error.Line);
        Assert.Contains("not well-formed", error.Problem);
    }

    [Fact]
    public void Supplementary_characters_are_allowed()
    {
        var paragraph = Single<CcHc.Docs.Markup.Tree.ParagraphBlock>("<p>𠀀 chữ Nôm</p>");
        Assert.Equal("𠀀 chữ Nôm", Text(paragraph.Inlines));
    }

    [Fact]
    public void Template_location_is_carried_into_the_message()
    {
        var error = ErrorOnLine3("<para/>");
        Assert.Null(error.TemplateLocation);
        error.TemplateLocation = "ke-hoach.sbn(12,5)";
        Assert.Equal("ke-hoach.sbn(12,5)", error.TemplateLocation);
        Assert.EndsWith("(produced by template ke-hoach.sbn(12,5))", error.Message);
        Assert.StartsWith("test.xml(3,6): <para>: ", error.Message);
    }
}
