namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>
/// Interpolated strings left open or unterminated: Scriban's messages, positions and recovery (the lexer keeps an
/// interpolated expression open across lines; the parser abandons the string at the end of the line).
/// </summary>
public sealed class InterpolationErrorTests
{
    private static string Errors(string text)
    {
        var template = Template.Parse(text, "t");
        Assert.True(template.HasErrors, "expected syntax errors");
        return template.FormatErrors();
    }

    [Fact]
    public void An_expression_left_open_at_the_end_of_its_line_is_reported_there_and_its_later_brace_stops_parsing()
    {
        Assert.Equal(
            "t(2,11) : error : Opened interpolated expression not closed on the same line.\n"
            + "t(2,11) : error : Unexpected token `\\n` while parsing expression\n"
            + "t(3,1) : error : Unexpected token }",
            Errors("{{\n$\"a {1 + 2\n}b\" }}"));
    }

    [Fact]
    public void Parsing_stops_at_the_stray_brace_so_later_statements_report_nothing()
    {
        var errors = Errors("{{ if true\n$\"a {1\n}b\"\nx = \nend }}").Split('\n');
        Assert.Contains("t(3,1) : error : Unexpected token }", errors);
        Assert.Contains(errors, e => e.StartsWith("t(2,7) : error : Error while parsing if statement: The <end> statement was not found", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("assign", StringComparison.Ordinal));
    }

    [Fact]
    public void The_end_of_the_text_inside_an_expression_is_reported_like_the_end_of_a_line()
    {
        Assert.Equal(
            "t(1,10) : error : Opened interpolated expression not closed on the same line.\n"
            + "t(1,10) : error : Unexpected token `<EOF>` while parsing expression",
            Errors("{{ $\"a {x"));
    }

    [Fact]
    public void A_string_unterminated_after_an_interpolation_is_reported_at_its_last_character()
    {
        Assert.Equal(
            "t(1,11) : error : Unexpected token `}` while parsing expression\n"
            + "t(1,11) : error : Invalid token found `}`. Expecting <EOL>/end of line.\n"
            + "t(1,11) : error : Unexpected end of file while parsing a string not terminated by a \"",
            Errors("{{ $\"a {1}}"));
    }

    [Fact]
    public void An_unterminated_interpolated_string_without_expressions_names_its_quote()
    {
        Assert.Equal(
            "t(1,8) : error : Unexpected token `c` while parsing expression\n"
            + "t(1,8) : error : Invalid token found `c`. Expecting <EOL>/end of line.\n"
            + "t(1,8) : error : Unexpected end of file while parsing a string not terminated by a '",
            Errors("{{ $'abc"));
    }

    [Fact]
    public void A_closing_brace_where_an_expression_is_expected_is_reported_and_the_string_goes_on()
    {
        Assert.Equal("t(1,9) : error : Unexpected token `}` while parsing expression", Errors("{{ $\"a {}\" }}"));
    }

    [Theory]
    [InlineData("{{ $\"a {1 + 2} b\" }}", "a 3 b")]
    [InlineData("{{ $\"{'x'}{\"y\"}\" }}", "xy")]
    [InlineData("{{ $'{ {k: 1}.k }' }}", "1")]
    public void Well_formed_interpolated_strings_still_render(string template, string expected) =>
        Assert.Equal(expected, EngineTestHelpers.Render(template));
}
