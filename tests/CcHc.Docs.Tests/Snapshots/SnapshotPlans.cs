using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// The example plans the snapshot tests cover: every examples/plans/*.yaml of the repository, found by
/// walking up from the test binaries to CcHc.Docs.sln, so a new example plan gets its snapshots (and a
/// failing test until they are reviewed and accepted) without touching the tests.
/// </summary>
internal static class SnapshotPlans
{
    /// <summary>The repository root (the folder holding CcHc.Docs.sln).</summary>
    public static string RepositoryRoot => Support.RepositoryRoot.Path;

    /// <summary>The folder of this file: where the verified snapshots live.</summary>
    public static string SnapshotFolder => Path.Combine(RepositoryRoot, "tests", "CcHc.Docs.Tests", "Snapshots");

    /// <summary>Names of the example plans (file names without .yaml), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Directory.GetFiles(Path.Combine(RepositoryRoot, "examples", "plans"), "*.yaml")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every example plan, for [MemberData].</summary>
    public static TheoryData<string> All() => new(Names);

    /// <summary>Every appendix of every example plan as (plan, 1-based appendix number), for [MemberData].</summary>
    public static TheoryData<string, int> Appendices()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Names)
        {
            for (var number = 1; number <= Read(name).Appendices.Count; number++)
            {
                data.Add(name, number);
            }
        }
        return data;
    }

    /// <summary>Reads examples/plans/<paramref name="name"/>.yaml.</summary>
    public static Plan Read(string name) =>
        PlanReader.ReadFile(Path.Combine(RepositoryRoot, "examples", "plans", name + ".yaml"));
}
