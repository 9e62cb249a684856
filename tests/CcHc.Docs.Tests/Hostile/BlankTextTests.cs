using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;
using CcHc.Docs.Tests.Validation;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Hostile;

/// <summary>
/// Issue 15, defect 3: required text that holds only whitespace is refused by the reader, and reported by the
/// validator for plans built in C#, each naming the field.
/// </summary>
public sealed class BlankTextTests
{
    private static string ParYaml() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-phong-par-sipas-papi-2026.yaml"));

    [Theory]
    [InlineData("  summary: ", "  summary: \"\\t\"\n  x_summary: ", "title.summary", 8)]
    [InlineData("  name: Châu Ngọc Cẩn", "  name: \" \"", "signature.name", 0)]
    public void The_reader_names_a_required_field_that_holds_only_whitespace(string find, string replace, string path, int line)
    {
        var yaml = ParYaml();
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        yaml = ReplaceFirst(yaml, find, replace);
        if (replace.Contains("x_summary", StringComparison.Ordinal))
        {
            // Keep the original summary line out of the way as a comment, so only the blank one is read.
            yaml = yaml.Replace("  x_summary: ", "  # ", StringComparison.Ordinal);
        }

        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(yaml, "blank.yaml"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(path, problem.Path);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
        if (line > 0)
        {
            Assert.Equal(line, problem.Line);
        }
    }

    [Fact]
    public void The_validator_names_a_blank_summary_from_the_API()
    {
        var plan = ValidPlans.Complete();
        plan = plan with { Title = plan.Title with { Summary = "\t" } };

        var report = PlanValidator.Validate(plan);

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Code == "KH0057");
        Assert.Equal("title.summary", diagnostic.Path);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void The_validator_names_a_blank_bullet_from_the_API()
    {
        var report = PlanValidator.Validate(ValidPlans.Complete().WithBullet(" \n "));

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Code == "KH0057");
        Assert.Equal(ValidPlans.BulletPath, diagnostic.Path);
    }

    [Fact]
    public void A_blank_signer_name_is_reported_once()
    {
        var plan = ValidPlans.Complete();
        plan = plan with { Signature = plan.Signature with { Name = " " } };

        var report = PlanValidator.Validate(plan);

        Assert.Single(report.Diagnostics, d => d.Path == "signature.name" && d.Severity == Severity.Error);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
