using System.Globalization;

namespace CcHc.Docs.Serialization;

/// <summary>One problem found while reading a plan file, with where it is and what to fix.</summary>
/// <param name="File">The file name given to the reader, or null.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Path">The plan path of the offending value (see <see cref="PlanPath"/>); empty for the whole file.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PlanReadError(string? File, int Line, int Column, string Path, string Message)
{
    /// <summary>The error as compilers print it: <c>file(line,column): path: message</c>.</summary>
    public override string ToString()
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): ");
        return Path.Length == 0 ? where + Message : $"{where}{Path}: {Message}";
    }
}
