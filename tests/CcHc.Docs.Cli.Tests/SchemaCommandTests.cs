using System.Text.Json;

namespace CcHc.Docs.Cli.Tests;

/// <summary>
/// Issue 15 (packages and first contact): <c>cchc schema</c> writes the repository's schema, and <c>cchc new</c>
/// points editors at a schema file beside the plan (and writes it), not at an address that may not exist.
/// </summary>
public sealed class SchemaCommandTests
{
    private static string RepositorySchema => File.ReadAllText(Path.Combine(Repository.Root, "schemas", "plan.schema.json"));

    [Fact]
    public async Task Writes_the_schema_to_a_file()
    {
        using var folder = new TempFolder();
        var target = folder.File("plan.schema.json");

        var result = await Cli.RunAsync("schema", "-o", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(RepositorySchema, File.ReadAllText(target));
    }

    [Fact]
    public async Task Prints_the_schema_without_an_output()
    {
        var result = await Cli.RunAsync("schema");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var schema = JsonDocument.Parse(result.Out);
        Assert.Equal("CcHc.Docs plan (Kế hoạch)", schema.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task New_points_at_the_schema_beside_the_plan_and_writes_it()
    {
        using var folder = new TempFolder();
        var plan = folder.File("ke-hoach.yaml");

        var result = await Cli.RunAsync("new", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# yaml-language-server: $schema=plan.schema.json\n", File.ReadAllText(plan), StringComparison.Ordinal);
        Assert.Equal(RepositorySchema, File.ReadAllText(folder.File("plan.schema.json")));
        Assert.Contains("plan.schema.json", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_leaves_an_existing_schema_alone()
    {
        using var folder = new TempFolder();
        var schema = folder.Write("plan.schema.json", "{ \"mine\": true }");

        var result = await Cli.RunAsync("new", folder.File("ke-hoach.yaml"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("{ \"mine\": true }", File.ReadAllText(schema));
    }
}
