namespace CcHc.Docs.DocumentationTests;

/// <summary>The repository root: the first parent of the test binaries that holds CcHc.Docs.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CcHc.Docs.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No CcHc.Docs.sln above {AppContext.BaseDirectory}.");
    }
}
