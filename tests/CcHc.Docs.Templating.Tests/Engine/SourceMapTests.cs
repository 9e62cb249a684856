using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>The output source map names the template line that wrote a character, also through include and capture.</summary>
public sealed class SourceMapTests
{
    private static (string Output, TemplateContext Context) Render(string text, Dictionary<string, string>? partials = null)
    {
        var context = new TemplateContext { RecordSourceMap = true };
        if (partials is not null)
        {
            context.TemplateLoader = new EngineTestHelpers.DictionaryLoader(partials);
        }
        return (Template.Parse(text, "main").Render(context), context);
    }

    [Fact]
    public void Text_written_by_an_included_template_maps_into_that_template()
    {
        var (output, context) = Render("head\n{{ include 'part' }}tail", new() { ["part"] = "one\ntwo {{ 'X' }}\n" });

        Assert.Equal("head\none\ntwo X\ntail", output);
        var at = context.FindSourceSpan(output.IndexOf('X', StringComparison.Ordinal))!.Value;
        Assert.Equal(("part", 2), (at.Name, at.Line));
        Assert.Equal(new SourceSpan("part", 1, 1), context.FindSourceSpan(output.IndexOf("one", StringComparison.Ordinal)));
        Assert.Equal("main", context.FindSourceSpan(output.IndexOf("tail", StringComparison.Ordinal))!.Value.Name);
        Assert.Equal("main", context.FindSourceSpan(0)!.Value.Name);
    }

    [Fact]
    public void Nested_includes_map_to_the_innermost_template()
    {
        var (output, context) = Render(
            "{{ include 'outer' }}",
            new() { ["outer"] = "a\n{{ include 'inner' }}b", ["inner"] = "x\ny Z\n" });

        var at = context.FindSourceSpan(output.IndexOf('Z', StringComparison.Ordinal))!.Value;
        Assert.Equal(("inner", 2), (at.Name, at.Line));
        Assert.Equal("outer", context.FindSourceSpan(output.IndexOf('b', StringComparison.Ordinal))!.Value.Name);
    }

    [Fact]
    public void Auto_indented_include_output_still_maps_to_the_right_line()
    {
        var (output, context) = Render("  {{ include 'part' }}\nend", new() { ["part"] = "l1\nl2\nl3 Q" });

        Assert.Equal("  l1\n  l2\n  l3 Q\nend", output);
        var at = context.FindSourceSpan(output.IndexOf('Q', StringComparison.Ordinal))!.Value;
        Assert.Equal(("part", 3), (at.Name, at.Line));
        Assert.Equal(2, context.FindSourceSpan(output.IndexOf("l2", StringComparison.Ordinal))!.Value.Line);
    }

    [Fact]
    public void A_captured_block_printed_later_maps_to_where_it_was_captured()
    {
        var (output, context) = Render("{{ capture c }}\nfirst\nsecond C\n{{ end }}top\n{{ c }}");

        Assert.Equal(new SourceSpan("main", 3, 8), context.FindSourceSpan(output.IndexOf('C', StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("main", 4, 10), context.FindSourceSpan(output.IndexOf("top", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lines_inside_a_run_of_template_text_are_exact()
    {
        var (output, context) = Render("<a>\n  <b>\n  <c/>{{ 1 }}\n</a>");

        Assert.Equal(new SourceSpan("main", 3, 3), context.FindSourceSpan(output.IndexOf("<c/>", StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("main", 2, 4), context.FindSourceSpan(output.IndexOf("b>", StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("main", 1, 1), context.FindSourceSpan(0));
    }

    [Fact]
    public void Without_the_flag_nothing_is_recorded()
    {
        var context = new TemplateContext { TemplateLoader = new EngineTestHelpers.DictionaryLoader(new() { ["p"] = "x" }) };
        Template.Parse("{{ include 'p' }}", "main").Render(context);

        Assert.Null(context.FindSourceSpan(0));
    }
}
