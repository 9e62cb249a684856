using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Tests.Markup;

/// <summary>Small helpers to parse snippets wrapped in a document and a section.</summary>
internal static class MarkupSnippets
{
    public static MarkupDocument Document(string markup) => MarkupParser.Parse(markup, "test.xml");

    /// <summary>Parses <paramref name="blocks"/> inside &lt;document&gt;&lt;section&gt; (markup starts on line 2).</summary>
    public static IReadOnlyList<MarkupBlock> Blocks(string blocks) =>
        Document("<document><section>\n" + blocks + "\n</section></document>").Sections[0].Blocks;

    public static T Single<T>(string block)
        where T : MarkupBlock => Assert.IsType<T>(Assert.Single(Blocks(block)));

    public static MarkupException Error(string markup) =>
        Assert.Throws<MarkupException>(() => MarkupParser.Parse(markup, "test.xml"));

    /// <summary>Plain text of inline content, with "\n" for line breaks.</summary>
    public static string Text(IEnumerable<MarkupInline> inlines) =>
        string.Concat(inlines.Select(i => i is TextSpan s ? s.Text : "\n"));
}
