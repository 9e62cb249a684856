using CcHc.Docs.Plans;

namespace CcHc.Docs.Import;

/// <summary>An imported plan and the report of how it was read.</summary>
public sealed record ImportResult(Plan Plan, ImportReport Report);
