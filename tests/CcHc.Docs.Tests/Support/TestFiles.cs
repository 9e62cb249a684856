namespace CcHc.Docs.Tests.Support;

/// <summary>
/// Finds files that live in the test project's source folder (samples, expected outputs) without
/// copying them to the build output: walks up from the test assembly to CcHc.Docs.Tests.csproj.
/// </summary>
internal static class TestFiles
{
    private static readonly Lazy<string> ProjectDirectory = new(FindProjectDirectory);

    public static string PathOf(string relativePath) =>
        Path.Combine(ProjectDirectory.Value, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CcHc.Docs.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find CcHc.Docs.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
