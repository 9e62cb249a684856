using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;
using CcHc.Docs.Tests.Validation;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Rendering;

public sealed class PlanRendererValidationTests
{
    private static readonly PlanRenderer Strict = PlanRenderer.WithOptions(new PlanRendererOptions { FailOnValidationErrors = true });

    private static Plan ParPlan() =>
        PlanReader.ReadFile(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-phong-par-sipas-papi-2026.yaml"));

    [Fact]
    public void A_plan_with_errors_renders_by_default()
    {
        var plan = ParPlan();
        Assert.True(PlanValidator.Validate(plan).HasErrors);

        var bytes = PlanRenderer.Default.RenderToBytes(plan);

        Assert.NotEmpty(bytes);
    }

    [Fact]
    public void A_plan_with_errors_is_refused_when_the_caller_asks()
    {
        var error = Assert.Throws<PlanValidationException>(() => Strict.RenderToBytes(ParPlan()));

        Assert.True(error.Report.HasErrors);
        Assert.Contains(error.Report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Warnings_never_block_rendering()
    {
        var plan = ValidPlans.Complete() with { Letterhead = ValidPlans.Complete().Letterhead with { Number = null } };
        var report = PlanValidator.Validate(plan);
        Assert.False(report.HasErrors);
        Assert.True(report.WarningCount > 0);

        Assert.NotEmpty(Strict.RenderToBytes(plan));
    }
}
