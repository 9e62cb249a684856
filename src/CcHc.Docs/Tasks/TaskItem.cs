using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tasks;

/// <summary>
/// One task of a plan as follow-up data: a stable id, where it was written, what, who and by when, with its
/// deadline read into a <see cref="DeadlinePeriod"/> (null when the phrase is missing or unreadable).
/// </summary>
public sealed record TaskItem
{
    /// <summary>
    /// Plan reference and position: "78/KH-UBND#PL1.I.3.1" (Phụ lục 1, group I, row 3.1), "78/KH-UBND#PL1.3" in an
    /// ungrouped table, "78/KH-UBND#II.1-3" (the third task under section II.1). Stable while the plan's structure is.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>Where it is printed: the row number ("3.1") in an appendix, the section label path ("II.1") in the body.</summary>
    public required string Number { get; init; }

    /// <summary>Where in the plan it was written.</summary>
    public required TaskSource Source { get; init; }

    /// <summary>The plan path of the task ("appendices[0].tables[0].groups[0].tasks[2]"), for locating it in the file.</summary>
    public required string Path { get; init; }

    /// <summary>What to do.</summary>
    public required string Text { get; init; }

    /// <summary>Sản phẩm.</summary>
    public string? Product { get; init; }

    /// <summary>Cơ quan chủ trì as written.</summary>
    public string? Lead { get; init; }

    /// <summary>The lead units, split and keyed for grouping.</summary>
    public IReadOnlyList<UnitName> Leads { get; init; } = [];

    /// <summary>Cơ quan phối hợp as written.</summary>
    public string? Support { get; init; }

    /// <summary>The supporting units, split and keyed.</summary>
    public IReadOnlyList<UnitName> Supports { get; init; } = [];

    /// <summary>Thời gian thực hiện as written.</summary>
    public string? Deadline { get; init; }

    /// <summary>The deadline read as data; null when there is none or the phrase is unreadable.</summary>
    public DeadlinePeriod? Period { get; init; }

    /// <summary>The appendix table group ("Cải cách thể chế") or body section heading the task sits under.</summary>
    public string? Group { get; init; }

    /// <summary>True when <paramref name="unit"/> (any spelling) is one of the lead units.</summary>
    public bool IsLedBy(string unit) => Leads.Any(l => l.Key == UnitNames.Key(unit));

    /// <summary>True when the task falls due within the days given, both included.</summary>
    public bool IsDueWithin(DateOnly from, DateOnly to) => Period?.IsDueWithin(from, to) ?? false;
}
