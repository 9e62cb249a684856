using CcHc.Docs.Import;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Rendering;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// The main test in the .docx direction: every example plan, rendered by our writer and imported, is the same
/// plan — structurally equal — up to the documented limits in <see cref="RoundTripLimits"/>.
/// </summary>
public class DocxRoundTripTests
{
    [Theory]
    [MemberData(nameof(ExamplePlans.All), MemberType = typeof(ExamplePlans))]
    public void Rendered_example_imports_as_the_same_plan(string name)
    {
        var plan = ExamplePlans.Plan(name);
        var imported = PlanImporter.ImportDocx(new MemoryStream(ExamplePlans.Docx(name))).Plan;
        AssertSamePlan(RoundTripLimits.Expected(plan), imported);
    }

    [Fact]
    public void The_limits_are_real_differences_not_a_blanket_excuse()
    {
        // Without the limits the Vĩnh Thông plan does not come back equal (figures, closing) ...
        var plan = ExamplePlans.Plan("vinh-thong-cchc-2026");
        var imported = PlanImporter.ImportDocx(new MemoryStream(ExamplePlans.Docx("vinh-thong-cchc-2026"))).Plan;
        Assert.NotEqual(plan, imported);
        // ... and the limits leave a plan that has none of those features unchanged.
        var plain = plan with { Closing = new Closing { Text = "Trên đây là Kế hoạch." }, Sections = [plan.Sections[0]] };
        Assert.Equal(plain, RoundTripLimits.Expected(plain));
    }

    /// <summary>Equal plans, or a failure that shows the first differing YAML lines.</summary>
    internal static void AssertSamePlan(Plan expected, Plan actual)
    {
        if (expected == actual)
        {
            return;
        }
        var a = PlanWriter.WriteYaml(expected).Split('\n');
        var b = PlanWriter.WriteYaml(actual).Split('\n');
        var first = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        var context = string.Join('\n', Enumerable.Range(Math.Max(0, first - 3), 8)
            .Select(i => $"{i + 1,5}: expected {(i < a.Length ? a[i] : "∅")}\n       actual   {(i < b.Length ? b[i] : "∅")}"));
        Assert.Fail($"The imported plan differs from the original at YAML line {first + 1}:\n{context}");
    }
}
