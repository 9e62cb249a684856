namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>Syntax errors and the follow-up errors of the parser's recovery, with Scriban's wording and positions.</summary>
public sealed class ParserErrorTests
{
    private static string Errors(string text)
    {
        var template = Template.Parse(text, "t");
        Assert.True(template.HasErrors, "expected syntax errors");
        return template.FormatErrors();
    }

    [Fact]
    public void A_statement_directly_in_a_case_is_named_by_its_first_token()
    {
        var errors = Errors("{{ v = 5\ncase v\n  v = 6\nend }}");
        Assert.Equal("t(3,3) : error : Unexpected statement/expression `v` in the body of a `case` statement. Only `when`/`else` are expected.", errors);
    }

    [Fact]
    public void An_else_directly_in_a_case_is_an_error()
    {
        var errors = Errors("{{ case 1\n  else\n  'x'\nend }}");
        Assert.Equal("t(2,3) : error : A else condition must be preceded by another if/else/when condition or a for loop.", errors);
    }

    [Fact]
    public void An_else_after_a_when_is_accepted()
    {
        var template = Template.Parse("{{ case 1\nwhen 2\n'two'\nelse\n'other'\nend }}", "t");
        Assert.False(template.HasErrors, template.FormatErrors());
        Assert.Equal("other", template.Render(new TemplateContext()));
    }

    [Fact]
    public void Nested_assignments_are_each_reported_and_parsing_goes_on()
    {
        var errors = Errors("{{\nx = y = 1 + (u = 8)\nz = }}");
        var lines = errors.Split('\n');
        Assert.StartsWith("t(2,5) : error : Error while parsing assign expression: Expression is only allowed for a top level assignment", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("t(2,14) : error : Error while parsing assign expression: Expression is only allowed", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("t(3,5) : error : Error while parsing assign expression: Expecting <expression>", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_missing_end_of_statement_stops_parsing_and_open_blocks_report_their_end()
    {
        var errors = Errors("{{ func a.b\n1 +\nend }}");
        Assert.Equal(
            "t(1,10) : error : Invalid token found `.`. Expecting <EOL>/end of line.\n"
            + "t(1,9) : error : Error while parsing function statement: The <end> statement was not found in: func <variable> ... end",
            errors);
    }

    [Fact]
    public void A_bad_header_of_an_if_does_not_also_report_a_missing_end()
    {
        var errors = Errors("{{ if true\nelse oops\nend }}");
        Assert.Equal("t(2,6) : error : Invalid token found `oops`. Expecting <EOL>/end of line.", errors);
    }

    [Fact]
    public void Object_initializer_recovery_leaves_the_rest_to_the_enclosing_expression()
    {
        Assert.Equal(
            "t(1,11) : error : Unexpected token `%`. Expecting an expression for the value of the member.\n"
            + "t(1,12) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}` in: <expression> operator <expression>\n"
            + "t(1,12) : error : Invalid token found `}`. Expecting <EOL>/end of line.",
            Errors("{{ {test: %} }}"));
        Assert.Equal(
            "t(1,5) : error : Unexpected token `5` while parsing object initializer. Expecting a simple identifier for the member name.\n"
            + "t(1,5) : error : Expecting a simple global or local variable before `:` in order to create a named argument\n"
            + "t(1,6) : error : Invalid token found `:`. Expecting <EOL>/end of line.",
            Errors("{{ {5: 'no'} }}"));
    }

    [Fact]
    public void A_colon_in_the_then_branch_of_a_conditional_is_not_a_named_argument()
    {
        var template = Template.Parse("{{ true ? string.upcase 'a' : 'b' }}", "t");
        Assert.False(template.HasErrors, template.FormatErrors());
        Assert.Equal("A", template.Render(new TemplateContext()));
    }
}
