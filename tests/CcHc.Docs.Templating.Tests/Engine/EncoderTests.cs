using System.Net;
using CcHc.Docs.Templating.Runtime;
using static CcHc.Docs.Templating.Tests.Engine.EngineTestHelpers;

namespace CcHc.Docs.Templating.Tests.Engine;

public sealed class EncoderTests
{
    private static void Html(TemplateContext context) => context.OutputEncoder = WebUtility.HtmlEncode;

    [Fact]
    public void EncodesPrintedValuesButNotTemplateText() =>
        Assert.Equal("<p>a &amp; b</p>", Render("<p>{{ 'a & b' }}</p>", Html));

    [Fact]
    public void CapturedMarkupIsNotEncodedTwice() =>
        Assert.Equal("<i>x &lt;</i>", Render("{{ capture c }}<i>{{ 'x <' }}</i>{{ end }}{{ c }}", Html));

    [Fact]
    public void IncludeOutputIsNotEncodedTwice()
    {
        var output = Render("{{ include 'part' }}", c =>
        {
            Html(c);
            c.TemplateLoader = new DictionaryLoader(new() { ["part"] = "<b>{{ '&' }}</b>" });
        });
        Assert.Equal("<b>&amp;</b>", output);
    }

    [Fact]
    public void EncodedTextFromAHostFunctionIsPrintedAsIs()
    {
        var output = Render("{{ bold 'a&b' }}|{{ plain }}", c =>
        {
            Html(c);
            c.Globals.Import("bold", (Func<string, EncodedText>)(s => new EncodedText("<b>" + WebUtility.HtmlEncode(s) + "</b>")));
            c.Globals.Import("plain", (Func<string>)(() => "<b>"));
        });
        Assert.Equal("<b>a&amp;b</b>|&lt;b&gt;", output);
    }
}
