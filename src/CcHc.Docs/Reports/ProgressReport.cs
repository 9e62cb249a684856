using CcHc.Docs.Plans;

namespace CcHc.Docs.Reports;

/// <summary>
/// A Báo cáo kết quả thực hiện: the plan it reports on, the period, the task rows and the report itself as a
/// document on the plan model (letterhead BC, sections I–IV, nơi nhận, signature, appendix table), which renders
/// and validates like a plan. Made by <see cref="ProgressReports.Build"/>.
/// </summary>
public sealed record ProgressReport
{
    /// <summary>The plan reported on.</summary>
    public required Plan Source { get; init; }

    /// <summary>The period covered.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The tasks due in the period (and overdue ones carried over), in plan order.</summary>
    public required IReadOnlyList<ReportRow> Rows { get; init; }

    /// <summary>The report as a document: render it with the "bao-cao" template, validate it like a plan.</summary>
    public required Plan Document { get; init; }
}
