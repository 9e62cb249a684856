using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Validation;

public sealed class ValidatorTests
{
    private sealed class AlwaysRule(string code, Severity severity, string path) : IPlanRule
    {
        public IEnumerable<Diagnostic> Check(Plan plan) => [new Diagnostic(code, severity, path, "thông báo")];
    }

    [Fact]
    public void A_custom_list_of_rules_runs_only_those_rules_in_document_order()
    {
        var validator = new PlanValidator(
        [
            new AlwaysRule("X0002", Severity.Warning, "signature.name"),
            new AlwaysRule("X0001", Severity.Error, "letterhead.place"),
            new AlwaysRule("X0003", Severity.Info, "signature.name"),
        ]);

        var report = validator.Check(ValidPlans.Complete());

        Assert.Equal(["X0001 letterhead.place", "X0002 signature.name", "X0003 signature.name"], report.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
        Assert.Equal((1, 1, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Default_rules_can_be_extended()
    {
        var rules = PlanValidator.DefaultRules.Append(new AlwaysRule("LOCAL1", Severity.Info, "title.summary")).ToList();

        var report = new PlanValidator(rules).Check(ValidPlans.Complete());

        Assert.Equal(["LOCAL1 title.summary"], report.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void ToString_prints_like_a_compiler()
    {
        var diagnostic = new Diagnostic("KH0012", Severity.Error, "appendices[1].caption", "sai số");

        Assert.Equal("appendices[1].caption: error KH0012: sai số", diagnostic.ToString());
        Assert.Equal("ke-hoach.yaml:12:5: warning KH0013: sai số",
            (diagnostic with { Severity = Severity.Warning, Code = "KH0013", Location = new SourceLocation("ke-hoach.yaml", 12, 5) }).ToString());
        Assert.Equal("3:7: info KH0021: sai số",
            (diagnostic with { Severity = Severity.Info, Code = "KH0021", Location = new SourceLocation(null, 3, 7) }).ToString());
    }

    [Fact]
    public void The_exception_carries_the_report_and_lists_its_errors()
    {
        var plan = ValidPlans.Complete() with { Archive = ["VT", "ttcloan"] };
        var report = PlanValidator.Validate(plan);

        var exception = new PlanValidationException(report);

        Assert.Same(report, exception.Report);
        Assert.Same(report, Assert.Throws<PlanValidationException>(report.ThrowIfErrors).Report);
        PlanValidator.Validate(ValidPlans.Complete()).ThrowIfErrors();
        Assert.Contains("archive[1]: error KH0035:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_plan_gives_the_same_report()
    {
        var yaml = File.ReadAllText(Examples.SeedText.ExamplePlanPath("vinh-phong-par-sipas-papi-2026.yaml"));
        var first = PlanValidator.Validate(PlanReader.ReadYaml(yaml)).Diagnostics;
        var second = PlanValidator.Validate(PlanReader.ReadYaml(yaml)).Diagnostics;

        Assert.Equal(first, second);
    }
}
