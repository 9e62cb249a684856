namespace CcHc.Docs.Testing.Tests;

/// <summary>Reads the changed lines out of a unified diff, for assertions that a change stays small.</summary>
internal static class DiffLines
{
    public static string Between(string before, string after) =>
        CcHc.Docs.Testing.Approval.UnifiedDiff.Create(before, after, "before", "after");

    public static List<string> Removed(string diff) =>
        Lines(diff).Where(line => line.StartsWith('-') && !line.StartsWith("--- ", StringComparison.Ordinal)).Select(line => line[1..]).ToList();

    public static List<string> Added(string diff) =>
        Lines(diff).Where(line => line.StartsWith('+') && !line.StartsWith("+++ ", StringComparison.Ordinal)).Select(line => line[1..]).ToList();

    private static IEnumerable<string> Lines(string diff) => diff.Split('\n');
}
