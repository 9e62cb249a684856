using CcHc.Docs.Templating.Runtime;
using static CcHc.Docs.Templating.Tests.Engine.EngineTestHelpers;

namespace CcHc.Docs.Templating.Tests.Engine;

public sealed class SafetyTests
{
    [Fact]
    public void LoopLimitStopsLongLoops()
    {
        var error = RenderError("{{ for i in 1..100 }}{{ end }}", c => c.Limits.LoopLimit = 10);
        Assert.Contains("LoopLimit `10`", error.Message);
        Assert.Equal(1, error.Span.Line);
    }

    [Fact]
    public void WhileLoopLimitStopsInfiniteLoops()
    {
        var error = RenderError("{{ while true }}{{ end }}");
        Assert.Contains("iteration limit `1000`", error.Message);
    }

    [Fact]
    public void RecursionLimitStopsDeepRecursion()
    {
        var error = RenderError("{{ func r; r; end\nr }}");
        Assert.Contains("recursive depth limit `100`", error.Message);
    }

    [Fact]
    public void OutputLimitIsAnErrorNotATruncation()
    {
        var error = RenderError("{{ for i in 1..100 }}0123456789{{ end }}", c => c.Limits.OutputLimit = 50);
        Assert.Contains("OutputLimit", error.Message);
    }

    [Fact]
    public void DeepNestingIsACleanParseError()
    {
        var text = "{{ " + new string('(', 20000) + "1" + new string(')', 20000) + " }}";
        var template = Template.Parse(text, "deep");
        Assert.True(template.HasErrors);
        Assert.Contains("ExpressionDepthLimit", template.Errors[0].Message);
        Assert.Throws<TemplateException>(() => template.Render(new TemplateContext()));
    }

    [Fact]
    public void CancellationStopsALoop()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var template = Template.Parse("{{ for i in 1..500 }}{{ i }}{{ end }}");
        Assert.ThrowsAny<OperationCanceledException>(() => template.Render(new TemplateContext { CancellationToken = cts.Token }));
    }

    [Fact]
    public void StrictVariablesNamesTheVariableAndLocation()
    {
        var error = RenderError("ok\n{{ missing }}", c => c.StrictVariables = true);
        Assert.Equal("t(2,4) : error : The variable or function `missing` was not found", error.Message);
    }

    [Fact]
    public void UndefinedVariablesPrintNothingByDefault() => Assert.Equal("[]", Render("[{{ missing }}]"));

    [Theory]
    [InlineData("{{ if true }}never closed")]
    [InlineData("{{ 'unterminated")]
    [InlineData("{{ x = }}")]
    [InlineData("{{ [1, 2 }}")]
    [InlineData("{{ {a: } }}")]
    [InlineData("{{ for in }}{{ end }}")]
    [InlineData("{{ end }}")]
    [InlineData("{{ $\"{1 + }\" }}")]
    public void MalformedTemplatesReportLocatedErrors(string text)
    {
        var template = Template.Parse(text, "bad");
        Assert.True(template.HasErrors);
        Assert.All(template.Errors, e => Assert.StartsWith("bad(", e.Message));
        Assert.Throws<TemplateException>(() => template.Render(new TemplateContext()));
    }

    [Fact]
    public void ParserReportsEveryErrorNotJustTheFirst()
    {
        var template = Template.Parse("{{ x = }}\n{{ y = }}", "t");
        Assert.Equal(2, template.Errors.Count);
        Assert.Equal(2, template.Errors[1].Span.Line);
    }

    [Fact]
    public void LoneSurrogatesAndHugeLiteralsDoNotCrash()
    {
        var text = "\ud800 text {{ '\udc00' }} {{ " + new string('9', 5000) + " }}";
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, template.FormatErrors());
        var output = template.Render(new TemplateContext());
        Assert.StartsWith("\ud800 text \udc00 9", output);
    }

    [Fact]
    public void RuntimeErrorsUseTheCorpusFormat()
    {
        var error = RenderError("{{ x = null }}\n{{ x[0] }}");
        Assert.Equal("t(2,4) : error : Object `x` is null. Cannot access indexer: x[0]", error.Message);
    }

    [Fact]
    public void OneTemplateRendersInParallel()
    {
        var template = Template.Parse("{{ for i in 1..50 }}{{ i * n }},{{ end }}");
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            var context = new TemplateContext();
            context.Globals.SetValue("n", i);
            results[i] = template.Render(context);
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(string.Concat(Enumerable.Range(1, 50).Select(k => $"{k * i},")), results[i]);
        }
    }

    [Fact]
    public void SourceMapFindsTheNodeThatWroteAnOffset()
    {
        var template = Template.Parse("<a>\n{{ x }}</a>", "map");
        var context = new TemplateContext { RecordSourceMap = true };
        context.Globals.SetValue("x", "<b/>");
        var output = template.Render(context);
        Assert.Equal("<a>\n<b/></a>", output);
        Assert.Equal(new SourceSpan("map", 1, 1), context.FindSourceSpan(0));
        Assert.Equal(new SourceSpan("map", 1, 2), context.FindSourceSpan(1));
        Assert.Equal(2, context.FindSourceSpan(output.IndexOf("<b/>", StringComparison.Ordinal))!.Value.Line);
        Assert.Equal(new SourceSpan("map", 2, 4), context.FindSourceSpan(5));
    }
}
