namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>The supported part of scientific mode (<c>|</c>, <c>&amp;</c> as operators) and the array operators.</summary>
public sealed class ScientificModeTests
{
    private static string Render(string text, TemplateLanguage language)
    {
        var template = Template.Parse(text, "t", language);
        Assert.False(template.HasErrors, template.FormatErrors());
        return template.Render(new TemplateContext());
    }

    [Theory]
    [InlineData("{{ [0, 1] | [1, 2] }}", "[0, 1, 2]")]
    [InlineData("{{ [0, 1, 2, 3] & [3, 1] }}", "[1, 3]")]
    [InlineData("{{ 6 | 1 }}", "7")]
    [InlineData("{{ 6 & 3 }}", "2")]
    public void Bar_and_ampersand_are_binary_operators(string template, string expected) =>
        Assert.Equal(expected, Render(template, TemplateLanguage.Scientific));

    [Fact]
    public void The_default_language_keeps_the_pipe()
    {
        Assert.Equal("ABC", Render("{{ 'abc' | string.upcase }}", TemplateLanguage.Scriban));
        Assert.True(Template.Parse("{{ 1 & 2 }}", "t").HasErrors);
    }

    [Theory]
    [InlineData("{{ [0, 2, 5] * 2 }}", "[0, 2, 5, 0, 2, 5]")]
    [InlineData("{{ [0, 2, 5, 6, 7] / 2 }}", "[0, 2]")]
    [InlineData("{{ [0, 2, 5, 6, 7] % 2 }}", "[0, 5, 7]")]
    [InlineData("{{ [0] + [1] }}", "[0, 1]")]
    [InlineData("{{ [0, 1, 2] == [0, 1, 2] }}", "true")]
    [InlineData("{{ [0, 1, 2] != [0, 1, 3] }}", "false")]
    [InlineData("{{ [] < [0] }}", "true")]
    [InlineData("{{ [0, 1, 2] <= [0, 1, 3] }}", "true")]
    [InlineData("{{ [0, 1, 2] < [0, 1, 3] }}", "false")]
    [InlineData("{{ [] != [] }}", "false")]
    public void Array_operators_follow_scriban(string template, string expected) =>
        Assert.Equal(expected, Render(template, TemplateLanguage.Scriban));
}
