namespace CcHc.Docs.Serialization;

/// <summary>
/// Safety limits for <see cref="PlanReader"/>. The defaults are far above any real plan; they exist so that
/// a hostile or broken file fails fast with a clear error instead of exhausting memory or time.
/// </summary>
public sealed record PlanReaderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static PlanReaderOptions Default { get; } = new();

    /// <summary>The largest input accepted, in UTF-8 bytes; 4 MB by default. Checked before parsing.</summary>
    public long MaxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most nodes (scalars, lists, mappings) the document may hold after YAML aliases are expanded;
    /// 1,000,000 by default. An alias counts as a copy of everything its anchor holds, so an alias bomb
    /// ("billion laughs") fails as soon as the count passes the limit.
    /// </summary>
    public long MaxNodes { get; init; } = 1_000_000;

    /// <summary>The deepest nesting of lists and mappings accepted; 100 by default.</summary>
    public int MaxDepth { get; init; } = 100;
}
