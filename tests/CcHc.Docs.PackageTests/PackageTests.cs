using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.PackageTests;

/// <summary>
/// The packages as a user gets them: packed from src/, installed from a folder feed, used from outside the
/// repository. Slow (minutes): filter them out with <c>--filter Category!=Package</c> while iterating.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageTests(PackagedFeed feed) : IClassFixture<PackagedFeed>
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private const string Plan = "vinh-thong-cchc-2026.yaml";

    [Theory]
    [InlineData("CcHc.Docs")]
    [InlineData("CcHc.Docs.Testing")]
    [InlineData("CcHc.Docs.Cli")]
    public void Package_has_readme_license_repository_docs_and_symbols(string id)
    {
        var package = feed.Package(id);
        XElement? Element(string name) => package.Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        Assert.Equal("MIT", Element("license")?.Value);
        Assert.Equal("expression", Element("license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", Element("readme")?.Value);
        Assert.StartsWith("https://github.com/", Element("repository")?.Attribute("url")?.Value ?? "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata.Elements().Single(e => e.Name.LocalName == "description").Value));
        Assert.True(File.Exists(Path.ChangeExtension(package.Path, ".snupkg")), $"No symbol package beside {package.Path}.");

        using var archive = ZipFile.OpenRead(package.Path);
        var readme = archive.GetEntry("README.md");
        Assert.NotNull(readme);
        using (var reader = new StreamReader(readme.Open()))
        {
            var text = reader.ReadToEnd();
            Assert.True(text.Length > 200 && text.Contains("```", StringComparison.Ordinal),
                $"{id}'s package README should say what the package does and show a usage example:\n{text}");
        }
        var folder = id == "CcHc.Docs.Cli" ? "tools/net10.0/any/" : "lib/net10.0/";
        Assert.Contains(archive.Entries, e => e.FullName == folder + id + ".dll");
        Assert.Contains(archive.Entries, e => e.FullName == folder + id + ".xml");
    }

    [Fact]
    public void Library_packages_depend_on_each_other_by_package()
    {
        var docs = feed.Package("CcHc.Docs").Metadata.ToString();
        var testing = feed.Package("CcHc.Docs.Testing").Metadata.ToString();

        Assert.Contains("id=\"Scriban.Signed\"", docs, StringComparison.Ordinal);
        Assert.Contains("id=\"CcHc.Docs\"", testing, StringComparison.Ordinal);
        Assert.Contains("DotnetTool", feed.Package("CcHc.Docs.Cli").Metadata.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_is_a_preview_with_icon_release_notes_and_license_file()
    {
        foreach (var package in feed.Packages)
        {
            string? Element(string name) => package.Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Matches(@"^0\.1\.0-preview\.[1-9][0-9]*$", package.Version);
            Assert.False(string.IsNullOrWhiteSpace(Element("releaseNotes")), $"{package.Id} has no release notes.");
            Assert.Equal("package-icon.png", Element("icon"));
            using var archive = ZipFile.OpenRead(package.Path);
            var icon = archive.GetEntry("package-icon.png");
            Assert.NotNull(icon);
            using (var stream = icon.Open())
            {
                var header = new byte[8];
                stream.ReadExactly(header);
                Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, header);
            }
            Assert.NotNull(archive.GetEntry("LICENSE"));
        }
    }

    [Fact]
    public void Packages_depend_on_their_siblings_at_exactly_their_version()
    {
        var siblings = feed.Packages.ToDictionary(p => p.Id, p => p.Version);
        var found = 0;
        foreach (var package in feed.Packages)
        {
            foreach (var dependency in package.Metadata.Descendants().Where(e => e.Name.LocalName == "dependency"))
            {
                var id = dependency.Attribute("id")!.Value;
                if (siblings.TryGetValue(id, out var version))
                {
                    Assert.Equal($"[{version}]", dependency.Attribute("version")?.Value);
                    found++;
                }
            }
        }
        Assert.True(found > 0, "No package depends on a sibling; CcHc.Docs.Testing should depend on CcHc.Docs.");
    }

    [Fact]
    public void The_plan_schema_ships_in_the_library_and_the_tool()
    {
        var schema = File.ReadAllBytes(Path.Combine(feed.RepositoryRoot, "schemas", "plan.schema.json"));
        foreach (var (id, entry) in new[] { ("CcHc.Docs", "schemas/plan.schema.json"), ("CcHc.Docs.Cli", "tools/net10.0/any/schemas/plan.schema.json") })
        {
            using var archive = ZipFile.OpenRead(feed.Package(id).Path);
            var file = archive.GetEntry(entry);
            Assert.True(file is not null, $"{id} has no {entry}.");
            using var stream = file.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(schema, copy.ToArray());
        }
    }

    [Fact]
    public void Tool_installs_from_the_feed_and_renders_a_plan()
    {
        var cli = feed.Package("CcHc.Docs.Cli");
        var tools = Path.Combine(feed.Root, "tools");
        var work = Directory.CreateDirectory(Path.Combine(feed.Root, "tool-run")).FullName;
        DotnetProcess.RunOrFail(DotnetProcess.Dotnet,
            ["tool", "install", "CcHc.Docs.Cli", "--tool-path", tools, "--add-source", feed.Feed, "--configfile", feed.NuGetConfig, "--version", cli.Version],
            work, InstallTimeout, feed.RestoreEnvironment);
        var cchc = Path.Combine(tools, OperatingSystem.IsWindows() ? "cchc.exe" : "cchc");
        Assert.True(File.Exists(cchc), $"The tool package installed no '{cchc}'.");
        var plan = Path.Combine(work, "ke-hoach.yaml");
        File.Copy(Path.Combine(feed.RepositoryRoot, "examples", "plans", Plan), plan);

        DotnetProcess.RunOrFail(cchc, ["render", plan, "-o", Path.Combine(work, "ke-hoach.docx")], work, RunTimeout);
        DotnetProcess.RunOrFail(cchc, ["new", Path.Combine(work, "moi.yaml")], work, RunTimeout);
        var validated = DotnetProcess.Run(cchc, ["validate", Path.Combine(work, "moi.yaml")], work, RunTimeout);
        var usage = DotnetProcess.Run(cchc, ["render", "--khong-co"], work, RunTimeout);

        AssertWordDocument(Path.Combine(work, "ke-hoach.docx"), "Vĩnh Thông");
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Contains("0 lỗi", validated.Output, StringComparison.Ordinal);
        Assert.True(usage.ExitCode == 2, usage.ToString());
    }

    [Fact]
    public void Console_app_renders_a_plan_with_the_library_package()
    {
        var version = feed.Package("CcHc.Docs").Version;
        var app = Directory.CreateDirectory(Path.Combine(feed.Root, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CcHc.Docs" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The usage example of the CcHc.Docs package README.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using CcHc.Docs.Rendering; using CcHc.Docs.Serialization; using CcHc.Docs.Validation;

            PlanDocument document = PlanReader.ReadFileDocument(args[0]);
            ValidationReport report = PlanValidator.Validate(document.Plan, document.SourceMap);
            Console.WriteLine(report);
            PlanRenderer.Default.RenderToFile(document.Plan, args[1]);
            Console.WriteLine("rendered " + args[1]);
            """);
        var plan = Path.Combine(feed.RepositoryRoot, "examples", "plans", Plan);
        var output = Path.Combine(app, "ke-hoach.docx");

        var run = DotnetProcess.RunOrFail(DotnetProcess.Dotnet, ["run", "--project", app, "--", plan, output],
            feed.Root, InstallTimeout, feed.RestoreEnvironment);

        Assert.Contains("rendered " + output, run.Output, StringComparison.Ordinal);
        Assert.Contains(" lỗi, ", run.Output, StringComparison.Ordinal);
        AssertWordDocument(output, "Vĩnh Thông");
    }

    private static void AssertWordDocument(string path, string expectedText)
    {
        Assert.True(File.Exists(path), $"No document at {path}.");
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).Take(5).ToList();
        Assert.True(errors.Count == 0, $"{path} is not valid Open XML:\n{string.Join("\n", errors)}");
        var text = document.MainDocumentPart?.Document.Body?.InnerText ?? "";
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains(expectedText, text, StringComparison.Ordinal);
    }
}
