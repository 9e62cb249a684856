namespace CcHc.Docs.Validation;

/// <summary>
/// Thrown when a plan with validation errors is rendered and the caller asked to block on errors.
/// Carries the whole report, so the caller can show every diagnostic, not just the first.
/// </summary>
public sealed class PlanValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="report"/>; the message lists its errors.</summary>
    public PlanValidationException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>The validation report, errors, warnings and infos included.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());
        return $"Kế hoạch có {report.ErrorCount} lỗi; sửa trước khi xuất văn bản:" + Environment.NewLine
            + string.Join(Environment.NewLine, errors);
    }
}
