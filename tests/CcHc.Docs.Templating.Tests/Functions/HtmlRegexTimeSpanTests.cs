using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class HtmlRegexTimeSpanTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);

    [Theory]
    [InlineData("<p>This is a paragraph</p>", "This is a paragraph")]
    [InlineData("<hello> and test", " and test")]
    [InlineData("<hello x='yoy>' y='yes'> and test", " and test")]
    [InlineData("</html> and test </body>", " and test ")]
    [InlineData("<script type='text/javascript'>\nif (i < 5) { }\n</script> and noscript", " and noscript")]
    [InlineData("a<!-- <b> -->b", "ab")]
    public void Html_strip_removes_tags(string input, string expected) =>
        Assert.Equal(expected, HtmlFunctions.Strip(new TemplateContext(), Span, input));

    [Fact]
    public void Html_escape_encodes_markup_but_keeps_vietnamese()
    {
        Assert.Equal("&lt;p&gt;This is a paragraph&lt;/p&gt;", HtmlFunctions.Escape("<p>This is a paragraph</p>"));
        Assert.Equal("Tôi &amp; &quot;bạn&quot; &#39;à&#39;", HtmlFunctions.Escape("Tôi & \"bạn\" 'à'"));
        Assert.Null(HtmlFunctions.Escape(null));
    }

    [Fact]
    public void Newline_to_br_keeps_the_line_breaks()
    {
        Assert.Equal("Hello<br />\nworld", HtmlFunctions.NewlineToBr("Hello\nworld"));
        Assert.Equal("a<br />\r\nb<br />\rc", HtmlFunctions.NewlineToBr("a\r\nb\rc"));
    }

    [Fact]
    public void Url_encode_and_escape()
    {
        Assert.Equal("john%40liquid.com", HtmlFunctions.UrlEncode("john@liquid.com"));
        Assert.Equal("a%20b%26c%3Dd%2Fe", HtmlFunctions.UrlEncode("a b&c=d/e"));
        Assert.Equal("%3Chello%3E%20&%20%3Cscriban%3E", HtmlFunctions.UrlEscape("<hello> & <scriban>"));
        Assert.Equal("https://example.com/a%20path/?q=%3Ctag%3E&ok=true#frag", HtmlFunctions.UrlEscape("https://example.com/a path/?q=<tag>&ok=true#frag"));
        Assert.Equal("/k%E1%BA%BF", HtmlFunctions.UrlEscape("/kế"));
    }

    [Fact]
    public void Regex_functions_follow_the_docs()
    {
        var context = new TemplateContext();
        Assert.Equal(@"\(abc\.\*\)", RegexFunctions.Escape("(abc.*)"));
        Assert.Equal("(abc.*)", RegexFunctions.Unescape(Span, @"\(abc\.\*\)"));
        Assert.Equal(["is a text123", "is", "text123"], RegexFunctions.Match(context, Span, "this is a text123", @"(\w+) a ([a-z]+\d+)"));
        Assert.Empty(RegexFunctions.Match(context, Span, "string not matched", "regex pattern"));
        var matches = RegexFunctions.Matches(context, Span, "this is", @"(\w+)");
        Assert.Equal(2, matches.Count);
        Assert.Equal(["this", "this"], Assert.IsType<ScriptArray>(matches[0]));
        Assert.Equal("a-Yo-d", RegexFunctions.Replace(context, Span, "abbbbcccd", "b+c+", "-Yo-"));
        Assert.Equal(["a", "b", "c", "d"], RegexFunctions.Split(context, Span, "a, b   , c,    d", @"\s*,\s*"));
        Assert.Equal(["ABC"], RegexFunctions.Match(context, Span, "xABCx", "abc", "i"));
    }

    [Fact]
    public void Regex_errors_are_template_exceptions()
    {
        var context = new TemplateContext();
        Assert.Throws<TemplateException>(() => RegexFunctions.Match(context, Span, "a", "(", null));
        Assert.Throws<TemplateException>(() => RegexFunctions.Match(context, Span, "a", "a", "q"));
    }

    [Fact]
    public void Regex_timeout_becomes_a_template_exception()
    {
        var context = new TemplateContext();
        context.Limits.RegexTimeout = TimeSpan.FromMilliseconds(1);
        var input = new string('a', 5000) + "!";
        var error = Assert.Throws<TemplateException>(() => RegexFunctions.Match(context, Span, input, "^(a|aa|aaa)*(a|aa)*b$"));
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(Span, error.Span);
    }

    [Fact]
    public void Timespan_functions_build_durations()
    {
        Assert.Equal(5, TimeSpanFunctions.FromDays(Span, 5).Days);
        Assert.Equal(5, TimeSpanFunctions.FromHours(Span, 5).Hours);
        Assert.Equal(5, TimeSpanFunctions.FromMinutes(Span, 5).Minutes);
        Assert.Equal(5, TimeSpanFunctions.FromSeconds(Span, 5).Seconds);
        Assert.Equal(5, TimeSpanFunctions.FromMilliseconds(Span, 5).Milliseconds);
        Assert.Equal(TimeSpan.FromHours(36), TimeSpanFunctions.FromDays(Span, 1.5));
        Assert.Equal(new TimeSpan(1, 2, 3, 4), TimeSpanFunctions.Parse(new TemplateContext(), "1.02:03:04"));
        Assert.Null(TimeSpanFunctions.Parse(new TemplateContext(), "nope"));
        Assert.Throws<TemplateException>(() => TimeSpanFunctions.FromDays(Span, double.MaxValue));
    }
}
