using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Validation;

public sealed class CleanPlanTests
{
    [Fact]
    public void A_complete_correct_plan_gives_no_diagnostic()
    {
        var report = PlanValidator.Validate(ValidPlans.Complete());

        Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void The_clean_plan_survives_a_yaml_round_trip_without_diagnostics()
    {
        var yaml = PlanWriter.WriteYaml(ValidPlans.Complete());
        var document = PlanReader.ReadYamlDocument(yaml, "sach.yaml");

        Assert.Empty(PlanValidator.Validate(document.Plan, document.SourceMap).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_default_rule_has_its_own_code_in_sequence()
    {
        var codes = PlanValidator.DefaultRules.Cast<CcHc.Docs.Validation.Rules.PlanRule>().Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        // KH0001… in sequence, then blocks reserved per feature (KH0060… deadlines), each in order.
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches(@"^KH\d{4}$", c));
        Assert.Equal(Enumerable.Range(1, 48).Select(i => $"KH{i:0000}"), codes.Take(48));
    }

    [Fact]
    public void A_draft_of_the_clean_plan_only_warns_that_it_is_a_draft()
    {
        var plan = ValidPlans.Complete();
        plan = plan with { Letterhead = plan.Letterhead with { Number = null, Date = null, Year = 2026 }, Appendices = [] };
        plan = plan.WithSection(2, plan.Sections[2] with { SeeAppendix = null });

        var report = PlanValidator.Validate(plan);

        Assert.Equal(["KH0002 letterhead"], report.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
        Assert.Equal(Severity.Warning, report.Diagnostics[0].Severity);
    }
}
