namespace CcHc.Docs.Validation;

/// <summary>
/// The outcome of validating a plan: its diagnostics in document order (then by code), and counts by severity.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic, in the order the offending values appear in the plan.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors.</summary>
    public int ErrorCount => Count(Severity.Error);

    /// <summary>How many warnings.</summary>
    public int WarningCount => Count(Severity.Warning);

    /// <summary>How many infos.</summary>
    public int InfoCount => Count(Severity.Info);

    /// <summary>How many diagnostics have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>Throws <see cref="PlanValidationException"/> when the report has errors; a renderer calls it when asked to block on errors.</summary>
    /// <exception cref="PlanValidationException">At least one diagnostic is an error.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new PlanValidationException(this);
        }
    }

    /// <summary>One diagnostic per line, as compilers print them, then a summary line.</summary>
    public override string ToString()
    {
        var lines = Diagnostics.Select(d => d.ToString()).ToList();
        lines.Add($"{ErrorCount} lỗi, {WarningCount} cảnh báo, {InfoCount} lưu ý.");
        return string.Join(Environment.NewLine, lines);
    }
}
