namespace CcHc.Docs.Tests.Serialization;

/// <summary>The repository's root folder, found by walking up from the test assembly to CcHc.Docs.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
