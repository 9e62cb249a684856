using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Hostile;

/// <summary>
/// Issue 15, defect 8: read errors point where the problem is and say what to do in the plan author's terms.
/// </summary>
public sealed class ReadMessageTests
{
    [Theory]
    [InlineData("letterhead:\n\tissuer: A\n", 2, 1)]
    [InlineData("title:\n  summary: x\nletterhead:\n  issuer: A\n\t  place: B\n", 5, 1)]
    public void A_tab_in_the_indentation_is_reported_on_its_line(string yaml, int line, int column)
    {
        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(yaml, "tab.yaml"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains("replace the tab with spaces", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"letterhead\": {\"issuer\": \"A\",}}")]
    [InlineData("{\"recipients\": [\"A\",]}")]
    public void A_trailing_comma_in_JSON_says_to_delete_it(string json)
    {
        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadJson(json, "plan.json"));

        var problem = Assert.Single(error.Errors);
        Assert.Contains("delete the comma", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }
}
