using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation;

/// <summary>
/// A validation rule: looks at a plan and reports what is wrong. Rules are independent and stateless, so a
/// <see cref="PlanValidator"/> can run any list of them; write one to add a local convention.
/// </summary>
public interface IPlanRule
{
    /// <summary>The diagnostics for <paramref name="plan"/>, each with its plan path; none when the plan is fine.</summary>
    IEnumerable<Diagnostic> Check(Plan plan);
}
