namespace CcHc.Docs.Cli.Tests;

/// <summary>Finds files of the repository (the example plans) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A plan that reads, validates without errors and renders with the default templates.</summary>
    public const string RenderablePlan = "vinh-thong-cchc-2026.yaml";

    public static string Example(string name) => Path.Combine(Root, "examples", "plans", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CcHc.Docs.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No CcHc.Docs.sln above {AppContext.BaseDirectory}.");
    }
}
