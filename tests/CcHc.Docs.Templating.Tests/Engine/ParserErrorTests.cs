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
}
