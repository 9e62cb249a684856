namespace CcHc.Docs.Tests.Support;

/// <summary>
/// The repository's root folder, found by walking up from the test assembly to CcHc.Docs.sln, and the
/// reference material beside it (../shared).
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding CcHc.Docs.sln.</summary>
    public static string Path { get; } = Find();

    /// <summary>The real plans as text: ../shared/seeds beside the repository.</summary>
    public static string Seeds => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "seeds"));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CcHc.Docs.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"CcHc.Docs.sln not found above {AppContext.BaseDirectory}.");
    }
}
