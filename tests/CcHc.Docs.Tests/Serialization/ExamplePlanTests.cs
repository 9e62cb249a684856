using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>Every plan in examples/plans reads without error and survives a round trip.</summary>
public sealed class ExamplePlanTests
{
    private const string NoFiles = "(none)";

    private static string Folder => Path.Combine(RepositoryRoot.Path, "examples", "plans");

    private static string[] PlanFiles() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
            : [];

    public static TheoryData<string> Files
    {
        get
        {
            var files = PlanFiles();
            return files.Length == 0 ? [NoFiles] : [.. files];
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ExamplePlan_ReadsAndRoundTrips(string file)
    {
        if (file == NoFiles)
        {
            // Nothing to check yet; this row exists only while the folder holds no plan.
            Assert.Empty(PlanFiles());
            return;
        }
        var path = Path.Combine(Folder, file);
        var plan = PlanReader.ReadFile(path);
        Assert.Equal(plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(plan)));
        Assert.Equal(plan, PlanReader.ReadJson(PlanWriter.WriteJson(plan)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ExampleYaml_PointsEditorsAtTheSchema(string file)
    {
        if (!file.EndsWith(".yaml", StringComparison.Ordinal))
        {
            Assert.True(file == NoFiles || file.EndsWith(".json", StringComparison.Ordinal), file);
            return;
        }
        var firstLine = File.ReadLines(Path.Combine(Folder, file)).First();
        Assert.Equal("# yaml-language-server: $schema=../../schemas/plan.schema.json", firstLine);
    }
}
