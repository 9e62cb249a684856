using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;
using CcHc.Docs.Validation.Rules;

namespace CcHc.Docs.Validation;

/// <summary>
/// Checks a plan against NĐ30 and against itself (restated facts, citations, structure, signature, text)
/// before it is signed. Built with the default catalogue (<see cref="DefaultRules"/>) or any list of rules.
/// </summary>
/// <remarks>
/// Diagnostics come out in document order (the order the file format writes the plan), then by code, then in
/// the order the rule reported them, so the same plan always gives the same report. docs/validation.md lists
/// every code.
/// </remarks>
public sealed class PlanValidator
{
    private static readonly ForbiddenCharacterRule ForbiddenCharacters = new();

    /// <summary>A validator with the default catalogue.</summary>
    public static PlanValidator Default { get; } = new(DefaultRules);

    /// <summary>Creates a validator that runs <paramref name="rules"/>, in order.</summary>
    public PlanValidator(IEnumerable<IPlanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToList();
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("The list of rules contains null.", nameof(rules));
        }
    }

    /// <summary>The rules this validator runs.</summary>
    public IReadOnlyList<IPlanRule> Rules { get; }

    /// <summary>A new list of the default rules, to extend or filter before building a validator.</summary>
    public static IReadOnlyList<IPlanRule> DefaultRules => RuleCatalogue.Create();

    /// <summary>Validates <paramref name="plan"/> with the default catalogue; see <see cref="Check"/>.</summary>
    public static ValidationReport Validate(Plan plan, PlanSourceMap? sourceMap = null) => Default.Check(plan, sourceMap);

    /// <summary>
    /// Runs every rule on <paramref name="plan"/>. With a <paramref name="sourceMap"/> (from
    /// <see cref="PlanReader.ReadYamlDocument"/> and friends), each diagnostic also carries its file, line and column.
    /// </summary>
    public ValidationReport Check(Plan plan, PlanSourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var walker = PlanWalker.Of(plan);
        // Text that cannot be normalised would make the rules throw: report it alone (KH0056) until it is removed.
        var found = ForbiddenCharacters.Check(plan).ToList();
        if (found.Count == 0)
        {
            foreach (var rule in Rules)
            {
                found.AddRange(rule.Check(plan));
            }
        }
        var ordered = found
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(x => walker.OrderOf(x.diagnostic.Path))
            .ThenBy(x => x.diagnostic.Code, StringComparer.Ordinal)
            .ThenBy(x => x.index)
            .Select(x => sourceMap is null ? x.diagnostic : x.diagnostic with { Location = sourceMap.Locate(x.diagnostic.Path) })
            .ToList();
        return new ValidationReport(ordered);
    }
}
