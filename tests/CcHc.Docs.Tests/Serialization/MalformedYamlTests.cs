using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>YAML that YamlDotNet cannot scan still fails as a located PlanReadException, never another exception type.</summary>
public sealed class MalformedYamlTests
{
    [Theory]
    [InlineData("letterhead:\n  issuer: [a\ntitle: x\n")]
    [InlineData("letterhead:\n  issuer: {a: 1\ntitle: x\n")]
    [InlineData("letterhead:\n  issuer: \"unterminated\ntitle: x\n")]
    [InlineData("letterhead: [\n")]
    [InlineData("- a\nb: c\n")]
    public void Unterminated_or_mixed_structures_are_syntax_errors_with_a_location(string yaml)
    {
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(yaml, "bad.yaml"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("bad.yaml", error.File);
        Assert.InRange(error.Line, 1, 4);
        Assert.True(error.Column >= 1);
        Assert.StartsWith("YAML syntax error", error.Message);
    }
}
