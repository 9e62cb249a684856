using System.Globalization;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Plans;

/// <summary>
/// Computes the label of a numbered section from its position, so inserting a section renumbers
/// everything: NĐ30 gives I. / 1. / a) / -, decimal practice gives I. / 1. / 1.1. / 1.1.1.
/// </summary>
public static class SectionNumbering
{
    /// <summary>
    /// The label of the section at <paramref name="path"/>: the 1-based position of each ancestor
    /// among its numbered siblings, outermost first (a top-level section has a path of length 1).
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty or holds a position below 1.</exception>
    public static string Label(NumberingScheme scheme, IReadOnlyList<int> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Count == 0)
        {
            throw new ArgumentException("A section path needs at least one position.", nameof(path));
        }
        if (path.Any(p => p < 1))
        {
            throw new ArgumentException("Section positions start at 1.", nameof(path));
        }

        var own = path[^1];
        return path.Count switch
        {
            1 => RomanNumerals.ToRoman(own) + ".",
            2 => own.ToString(CultureInfo.InvariantCulture) + ".",
            _ when scheme == NumberingScheme.Decimal =>
                string.Join(".", path.Skip(1).Select(p => p.ToString(CultureInfo.InvariantCulture))) + ".",
            3 => VietnameseLetters.Marker(own),
            _ => "-",
        };
    }

    /// <summary>The label of an appendix table row: Roman for a group ("II"), "3" for a task, "3.1" for a subtask.</summary>
    public static string RowNumber(IReadOnlyList<int> taskPath) =>
        string.Join(".", taskPath.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
