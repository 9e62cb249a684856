namespace CcHc.Docs.Serialization;

/// <summary>
/// Thrown when a plan file cannot be read. Carries every error found, not just the first,
/// so that a user can fix a file in one pass.
/// </summary>
public sealed class PlanReadException : Exception
{
    internal PlanReadException(IReadOnlyList<PlanReadError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<PlanReadError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<PlanReadError> errors) =>
        errors.Count == 1
            ? errors[0].ToString()
            : $"The plan has {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
