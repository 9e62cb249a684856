using System.IO.Compression;
using System.Xml.Linq;

namespace CcHc.Docs.PackageTests;

/// <summary>One packed package found in the feed, read from its .nuspec.</summary>
internal sealed record PackedPackage(string Id, string Version, string Path, XElement Metadata);

/// <summary>
/// Packs every packable project of src/ into a temporary folder feed, once for all package tests.
/// The sources are copied first (without bin/ and obj/), so packing never rewrites the outputs that other
/// test projects of the same <c>dotnet test</c> run are loading.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(8);

    public PackagedFeed()
    {
        Root = Directory.CreateTempSubdirectory("cchc-package-tests-").FullName;
        RepositoryRoot = FindRepositoryRoot();
        Feed = Path.Combine(Root, "feed");
        var sources = Path.Combine(Root, "repo");
        CopySources(RepositoryRoot, sources);
        var projects = Directory.GetFiles(Path.Combine(sources, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(projects.Count > 0, $"No packable project under {sources}/src.");
        foreach (var project in projects)
        {
            DotnetProcess.RunOrFail(DotnetProcess.Dotnet,
                ["pack", project, "-c", "Release", "-o", Feed, "-p:EnableSourceControlManagerQueries=false", "-p:EnableSourceLink=false"],
                sources, PackTimeout);
        }
        Packages = Directory.GetFiles(Feed, "*.nupkg").Select(Read).ToList();
        WriteNuGetConfig();
    }

    /// <summary>The temporary folder holding everything; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The repository the tests run from (examples/plans are read from it).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The folder feed holding the .nupkg and .snupkg files.</summary>
    public string Feed { get; }

    /// <summary>A NuGet.config with the feed, the machine's package cache and nuget.org, and a private package folder.</summary>
    public string NuGetConfig => Path.Combine(Root, "NuGet.config");

    /// <summary>
    /// The private global package folder, so a package restored by an earlier run (same id and version)
    /// can never stand in for the one just packed.
    /// </summary>
    public string PackageFolder => Path.Combine(Root, "packages");

    internal IReadOnlyList<PackedPackage> Packages { get; }

    /// <summary>Environment for restores from the feed.</summary>
    public IReadOnlyDictionary<string, string> RestoreEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageFolder };

    internal PackedPackage Package(string id) =>
        Packages.SingleOrDefault(p => p.Id == id)
        ?? throw new Xunit.Sdk.XunitException($"No package {id} in {Feed}: {string.Join(", ", Packages.Select(p => p.Id))}");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }

    private void WriteNuGetConfig()
    {
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var sources = new XElement("packageSources",
            new XElement("clear"),
            new XElement("add", new XAttribute("key", "packed"), new XAttribute("value", Feed)));
        if (Directory.Exists(machineCache))
        {
            // The machine's package cache has the same folder layout as a local feed: dependencies resolve offline.
            sources.Add(new XElement("add", new XAttribute("key", "machine-cache"), new XAttribute("value", machineCache)));
        }
        sources.Add(new XElement("add", new XAttribute("key", "nuget.org"), new XAttribute("value", "https://api.nuget.org/v3/index.json")));
        new XDocument(new XElement("configuration",
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", PackageFolder))),
            sources)).Save(NuGetConfig);
    }

    private static PackedPackage Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        return new PackedPackage(Value("id"), Value("version"), path, metadata);
    }

    private static void CopySources(string repository, string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", ".editorconfig", "global.json", "LICENSE" })
        {
            var source = Path.Combine(repository, file);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(target);
                File.Copy(source, Path.Combine(target, file));
            }
        }
        CopyFolder(Path.Combine(repository, "src"), Path.Combine(target, "src"));
        CopyFolder(Path.Combine(repository, "templates"), Path.Combine(target, "templates"));
        CopyFolder(Path.Combine(repository, "schemas"), Path.Combine(target, "schemas"));
        Directory.CreateDirectory(Path.Combine(target, "docs", "images"));
        File.Copy(Path.Combine(repository, "docs", "images", "package-icon.png"), Path.Combine(target, "docs", "images", "package-icon.png"));
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(target, name));
            }
        }
    }

    private static string FindRepositoryRoot()
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
