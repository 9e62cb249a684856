using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace TemplateTests;

/// <summary>
/// Where the test inputs are. The plan is one of the repository's examples, found by walking up from the
/// test binaries to CcHc.Docs.sln; in your own project, keep your plans beside the tests instead.
/// The template overrides are copied next to the test binaries by the project file.
/// </summary>
internal static class ExamplePlan
{
    /// <summary>The folder of template overrides (templates/*.sbn of this project).</summary>
    public static string TemplateFolder { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Reads examples/plans/<paramref name="name"/>.yaml of this repository.</summary>
    public static Plan Read(string name) =>
        PlanReader.ReadFile(Path.Combine(RepositoryRoot(), "examples", "plans", name + ".yaml"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CcHc.Docs.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"CcHc.Docs.sln not found above {AppContext.BaseDirectory}.");
    }
}
