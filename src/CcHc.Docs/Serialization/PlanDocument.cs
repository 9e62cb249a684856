using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>A plan read from a file, with the map from plan paths to where each value was written.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="SourceMap">Where each value of the plan came from, for diagnostics.</param>
public sealed record PlanDocument(Plan Plan, PlanSourceMap SourceMap);
