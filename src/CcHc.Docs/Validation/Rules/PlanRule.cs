using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>Base of the built-in rules: one code and one severity per rule.</summary>
internal abstract class PlanRule : IPlanRule
{
    /// <summary>The stable code, e.g. "KH0012".</summary>
    public abstract string Code { get; }

    /// <summary>The severity of every diagnostic the rule reports.</summary>
    public abstract Severity Severity { get; }

    public abstract IEnumerable<Diagnostic> Check(Plan plan);

    protected Diagnostic At(string path, string message) => new(Code, Severity, path, message);
}
