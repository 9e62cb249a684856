namespace CcHc.Docs.Vietnamese;

/// <summary>
/// A task's thời gian thực hiện read as data: the span it covers, the dates it falls due
/// (<see cref="Milestones"/>), whether it recurs or runs continuously ("Thường xuyên"), and the phrase as written.
/// Made by <see cref="DeadlineParser"/>, relative to the plan's year.
/// </summary>
public sealed record DeadlinePeriod
{
    /// <summary>The phrase as the plan wrote it ("Quý I", "Trước ngày 30/6/2026").</summary>
    public required string Text { get; init; }

    /// <summary>The first day of the span.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The last day of the span: the final due date.</summary>
    public required DateOnly End { get; init; }

    /// <summary>How the task recurs within the span; <see cref="DeadlineRecurrence.None"/> for a one-off.</summary>
    public DeadlineRecurrence Recurrence { get; init; }

    /// <summary>True for work with no due date of its own ("Thường xuyên", "liên tục"): active throughout the span.</summary>
    public bool IsContinuous { get; init; }

    /// <summary>
    /// The days the task falls due, in order: the end of each listed period ("Quý I, 6 tháng" → 31/3, 30/6) or
    /// of each recurrence ("hằng quý" → 31/3, 30/6, 30/9, 31/12). Empty for continuous work.
    /// </summary>
    public IReadOnlyList<DateOnly> Milestones { get; init; } = [];

    /// <summary>True when the task falls due between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public bool IsDueWithin(DateOnly from, DateOnly to) => Milestones.Any(d => d >= from && d <= to);
}
