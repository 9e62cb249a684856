using CcHc.Docs.Rendering;
using Scriban.Runtime;

namespace CcHc.Docs.Tests.Rendering.Engine;

/// <summary>
/// Every value a template prints is escaped exactly once; template text, and markup that include, capture or a
/// <see cref="TemplateMarkup"/> function produced, is printed as it is.
/// </summary>
public sealed class TemplateEscapingTests : IDisposable
{
    private const string Nasty = "A <b> & \"B\" 'C' > D";
    private const string Escaped = "A &lt;b&gt; &amp; &quot;B&quot; &apos;C&apos; &gt; D";
    private readonly TemplateFolder _folder = new();

    [Fact]
    public void A_printed_plan_value_is_escaped_and_template_text_is_not()
    {
        _folder.With("t", "<p>{{ plan.title.summary }}</p>");

        Assert.Equal($"<p>{Escaped}</p>", _folder.Markup("t", plan: TemplateFolder.Plan(Nasty)));
    }

    [Fact]
    public void Included_output_is_printed_once_with_its_values_escaped_once()
    {
        _folder.With("t", "<x>{{ include '_part' }}</x>").With("_part", "<p>{{ plan.title.summary }}</p>");

        Assert.Equal($"<x><p>{Escaped}</p></x>", _folder.Markup("t", plan: TemplateFolder.Plan(Nasty)));
    }

    [Fact]
    public void Included_output_with_arguments_and_include_join_are_not_escaped_twice()
    {
        _folder.With("t", "{{ include '_part' plan.title.summary }}|{{ include_join ['_a', '_a'] '<br/>' }}")
            .With("_part", "<p>{{ $1 }}</p>")
            .With("_a", "<i>{{ plan.title.summary }}</i>");

        Assert.Equal($"<p>{Escaped}</p>|<i>{Escaped}</i><br/><i>{Escaped}</i>", _folder.Markup("t", plan: TemplateFolder.Plan(Nasty)));
    }

    [Fact]
    public void Captured_output_printed_later_is_not_escaped_twice()
    {
        _folder.With("t", "{{ capture x }}<p>{{ plan.title.summary }}</p>{{ end }}[{{ x }}][{{ x }}]");

        Assert.Equal($"[<p>{Escaped}</p>][<p>{Escaped}</p>]", _folder.Markup("t", plan: TemplateFolder.Plan(Nasty)));
    }

    [Fact]
    public void A_captured_string_keeps_Scriban_string_behaviour_and_a_changed_copy_is_escaped()
    {
        _folder.With("t", "{{ capture x }}<b>{{ end }}{{ x.size }} {{ x == '<b>' }} {{ x | string.upcase }}");

        Assert.Equal("3 true &lt;B&gt;", _folder.Markup("t"));
    }

    [Fact]
    public void A_plan_string_equal_to_captured_markup_is_still_escaped()
    {
        _folder.With("t", "{{ capture x }}<b>{{ end }}{{ x }}{{ plan.title.summary }}");

        Assert.Equal("<b>&lt;b&gt;", _folder.Markup("t", plan: TemplateFolder.Plan("<b>")));
    }

    [Fact]
    public void A_function_of_the_app_returning_TemplateMarkup_prints_raw_and_a_string_prints_escaped()
    {
        var own = new ScriptObject();
        own.Import("bold", (Func<string, TemplateMarkup>)(s => new TemplateMarkup("<b>" + System.Security.SecurityElement.Escape(s) + "</b>")));
        own.Import("echo", (Func<string, string>)(s => s));
        _folder.With("t", "{{ bold plan.title.summary }}|{{ echo '<i>' }}");

        var markup = _folder.Markup("t", PlanRendererOptions.Default with { Globals = own }, TemplateFolder.Plan("x & y"));

        Assert.Equal("<b>x &amp; y</b>|&lt;i&gt;", markup);
    }

    [Theory]
    [InlineData("a\u0001b\u0008c\u001Fd", "abcd")]
    [InlineData("a\uFFFEb\uFFFFc", "abc")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    public void Control_characters_and_lone_surrogates_in_plan_values_are_dropped(string value, string printed)
    {
        _folder.With("t", "{{ plan.title.summary }}");

        Assert.Equal(printed, _folder.Markup("t", plan: TemplateFolder.Plan(value)));
    }

    [Fact]
    public void A_lone_surrogate_in_a_plan_value_is_dropped()
    {
        // Built in code: a lone surrogate does not survive an attribute argument (it becomes U+FFFD).
        var value = "a" + (char)0xD800 + "b" + (char)0xDC00;
        _folder.With("t", "{{ plan.title.summary }}");

        Assert.Equal("ab", _folder.Markup("t", plan: TemplateFolder.Plan(value)));
    }

    [Fact]
    public void Numbers_and_booleans_print_as_text()
    {
        _folder.With("t", "{{ 1 + 2 }} {{ true }} {{ 2.5 }}");

        Assert.Equal("3 true 2,5", _folder.Markup("t"));
    }

    public void Dispose() => _folder.Dispose();
}
