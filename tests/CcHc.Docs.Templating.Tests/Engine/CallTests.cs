using static CcHc.Docs.Templating.Tests.Engine.EngineTestHelpers;

namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>Calls of host and built-in functions from templates: named arguments, params, error positions.</summary>
public sealed class CallTests
{
    private static void ImportConcat(TemplateContext context)
    {
        context.Globals.Import("concat3", (string a = "da", string b = "db", string c = "dc") => $"{a},{b},{c}");
    }

    [Theory]
    [InlineData("{{ concat3 'x' a: 'y' }}", "y,db,dc")]
    [InlineData("{{ concat3 'x' c: 'z' }}", "x,db,z")]
    [InlineData("{{ concat3 b: 'y' }}", "da,y,dc")]
    public void Named_arguments_override_positional_ones(string template, string expected) =>
        Assert.Equal(expected, Render(template, ImportConcat));

    [Fact]
    public void Repeated_named_arguments_feed_a_params_array()
    {
        var output = Render("{{ join 'a' args: 'b' args: 'c' }}", c => c.Globals.Import("join", Join));
        Assert.Equal("a|b|c", output);
    }

    [Fact]
    public void An_implicit_call_of_a_member_function_is_reported_after_the_member_name()
    {
        var error = RenderError("{{ array.cycle }}");
        Assert.Equal(new Runtime.SourceSpan("t", 1, 15), error.Span);
        Assert.Contains("Invalid number of arguments `0` passed to `array.cycle`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_holding_a_function_is_called_when_read()
    {
        var output = Render("{{ func run\n$0\nend\nrun do\n'inner'\nend }}");
        Assert.Equal("inner", output);
    }

    [Fact]
    public void An_alias_of_an_argument_passes_the_function_on()
    {
        var output = Render("{{ func show\n$.name + ':' + $0\nend\nfunc pass\nshow name: $.name @$0\nend\npass name: 'n' do\nret 'x'\nend }}");
        Assert.Equal("n:x", output);
    }

    [Fact]
    public void Wrap_of_a_variable_that_is_not_a_function_is_an_error_at_the_variable()
    {
        var error = RenderError("{{ x = {}\nwrap x\nend }}");
        Assert.Equal(new Runtime.SourceSpan("t", 2, 6), error.Span);
        Assert.Contains("Expecting a direct function instead of the expression `x/variable`", error.Message, StringComparison.Ordinal);
    }

    private static string Join(params object?[] args) => string.Join("|", args);
}
