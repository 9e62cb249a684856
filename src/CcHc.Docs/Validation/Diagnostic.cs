using System.Globalization;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Validation;

/// <summary>
/// One finding of a validation rule: a stable code (KH0001 …), a severity, a Vietnamese message that says
/// what to fix, the plan path of the offending value and, when a source map was given, its file location.
/// </summary>
/// <param name="Code">The rule's stable code, e.g. "KH0012"; codes are never renumbered.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Path">The plan path (see <see cref="PlanPath"/>), e.g. <c>appendices[1].caption</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in Vietnamese, quoting the offending text.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Path, string Message)
{
    /// <summary>Where the value was written, when the plan was read with a source map; otherwise null.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// The diagnostic as a compiler prints it: <c>file:line:col: error KH0012: message</c>, or
    /// <c>path: error KH0012: message</c> when there is no location.
    /// </summary>
    public override string ToString()
    {
        var where = Location is { } at
            ? (at.File is null ? "" : at.File + ":")
              + at.Line.ToString(CultureInfo.InvariantCulture) + ":" + at.Column.ToString(CultureInfo.InvariantCulture)
            : (Path.Length == 0 ? "(plan)" : Path);
        return $"{where}: {SeverityName(Severity)} {Code}: {Message}";
    }

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
