using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering.Engine;

/// <summary>
/// Templates that would exhaust the process stop with a located <see cref="TemplateException"/>. The budget is set
/// to a few seconds here; each test asserts the limit that stopped the template, so a template that ran on until
/// the budget ended would fail it with the wrong reason.
/// </summary>
public sealed class TemplateLimitTests : IDisposable
{
    private static readonly PlanRendererOptions Options = PlanRendererOptions.Default with { Timeout = TimeSpan.FromSeconds(5) };
    private readonly TemplateFolder _folder = new();

    [Fact]
    public void An_array_doubled_in_a_loop_is_stopped_by_the_shared_loop_limit()
    {
        _folder.With("t", "{{ a = []; for i in 1..999; a = a + a + [i]; end }}{{ a.size }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Equal("t.sbn", error.TemplateName);
        Assert.Contains("limit", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Padding_to_a_hundred_million_characters_is_refused()
    {
        _folder.With("t", "{{ '' | string.pad_left 100000000 }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Equal((1, 25), (error.Line, error.Column)); // at the width argument
        Assert.Contains("LimitToString", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_doubled_past_the_string_limit_is_an_error_not_a_silent_truncation()
    {
        _folder.With("t", "{{ x = 'a'; for i in 1..40; x = x + x; end; x.size }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Contains("LimitToString", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_recursion_is_stopped_by_the_recursion_limit()
    {
        _folder.With("t", "{{ func f(x); f(x + 1); end }}", "{{ f 1 }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Contains("recursive depth limit `100`", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_template_including_itself_is_stopped_by_the_recursion_limit()
    {
        _folder.With("t", "x{{ include 't' }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Contains("recursive depth limit", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ while true; end }}")]
    [InlineData("{{ for i in 1..10; for j in 1..50000; end; end }}")]
    public void Endless_and_nested_loops_share_one_loop_limit(string template)
    {
        _folder.With("t", template);

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options with { LoopLimit = 100_000 }));

        Assert.Contains("iteration limit `100000`", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_past_the_output_limit_is_an_error()
    {
        _folder.With("t", "{{ for i in 1..100000 }}0123456789{{ end }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options with { OutputLimit = 100_000 }));

        Assert.Contains("output", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_catastrophic_regular_expression_stops_at_the_regex_timeout()
    {
        _folder.With("t", "{{ '" + new string('a', 40) + "!' | regex.match '^(a+)+$' }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options with { RegexTimeout = TimeSpan.FromMilliseconds(100) }));

        Assert.Equal("t.sbn", error.TemplateName);
    }

    [Fact]
    public void A_sixteen_thousand_term_expression_is_a_parse_error_not_a_slow_parse()
    {
        _folder.With("t", "{{ " + string.Join(" + ", Enumerable.Repeat("1", 16_000)) + " }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options));

        Assert.Contains("depth limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_render_that_outlives_its_time_budget_stops_with_the_line_it_reached()
    {
        _folder.With("t", "start", "{{ for i in 1..100000000; x = i * 2; end }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", Options with { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(200) }));

        Assert.Contains("time budget of 0.2 s", error.Reason, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void The_callers_cancellation_is_an_OperationCanceledException()
    {
        _folder.With("t", "{{ for i in 1..100000000; end }}");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var renderer = PlanRenderer.FromTemplateFolder(_folder.Path, Options with { LoopLimit = 0 });

        Assert.ThrowsAny<OperationCanceledException>(() => renderer.RenderMarkup(TemplateFolder.Plan(), "t", cancel.Token));
    }

    public void Dispose() => _folder.Dispose();
}
