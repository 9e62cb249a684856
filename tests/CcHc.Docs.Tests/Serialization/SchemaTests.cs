using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>Keeps schemas/plan.schema.json, the reader's keys and the model in agreement.</summary>
public sealed class SchemaTests
{
    private static readonly JsonObject Schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "plan.schema.json")))!;

    public static TheoryData<string> TypeNames => [.. PlanKeys.All.Keys];

    private static JsonObject Definition(string name) => name == "plan" ? Schema : (JsonObject)Schema["$defs"]![name]!;

    private static IEnumerable<string> SchemaKeys(string name)
    {
        if (name == "block")
        {
            return Definition(name)["oneOf"]!.AsArray().SelectMany(v => ((JsonObject)v!["properties"]!).Select(p => p.Key));
        }
        return ((JsonObject)Definition(name)["properties"]!).Select(p => p.Key).Where(k => k != PlanKeys.SchemaKey);
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void SchemaProperties_AreTheReadersKeys(string name)
    {
        Assert.Equal(PlanKeys.All[name].Keys.Order(StringComparer.Ordinal), SchemaKeys(name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SchemaDefinitions_AreTheReadersTypes()
    {
        Assert.Equal(
            PlanKeys.All.Keys.Where(k => k != "plan").Order(StringComparer.Ordinal),
            ((JsonObject)Schema["$defs"]!).Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void ModelProperties_AreTheReadersKeys(string name)
    {
        var (model, keys) = PlanKeys.All[name];
        if (model.IsAbstract)
        {
            // Content blocks: one key per block kind, checked by the round trip of SamplePlans.Full.
            Assert.Equal(["paragraph", "bullet", "plus", "section", "task"], keys);
            return;
        }
        var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .Select(p => SnakeCase.Of(p.Name));
        Assert.Equal(properties.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void SchemaRequired_IsTheModelsRequiredMembers(string name)
    {
        var (model, _) = PlanKeys.All[name];
        if (model.IsAbstract)
        {
            Assert.All(Definition(name)["oneOf"]!.AsArray(), v => Assert.Single(v!["required"]!.AsArray()));
            return;
        }
        var required = model == typeof(Figure)
            ? ["value"] // a positional record: Value is a constructor parameter
            : model.GetProperties().Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null).Select(p => SnakeCase.Of(p.Name));
        var schemaRequired = Definition(name)["required"]?.AsArray().Select(v => (string)v!) ?? [];
        Assert.Equal(required.Order(StringComparer.Ordinal), schemaRequired.Order(StringComparer.Ordinal));
        Assert.False((bool)Definition(name)["additionalProperties"]!);
    }

    [Theory]
    [InlineData("plan", "numbering", typeof(NumberingScheme))]
    [InlineData("section", "kind", typeof(SectionKind))]
    [InlineData("appendix", "orientation", typeof(PageOrientation))]
    [InlineData("tableColumn", "field", typeof(ColumnField))]
    public void SchemaEnums_AreTheModelsEnums(string type, string property, Type enumType)
    {
        var values = Enum.GetNames(enumType).Select(SnakeCase.Of);
        var schemaValues = Definition(type)["properties"]![property]!["enum"]!.AsArray().Select(v => (string)v!);
        Assert.Equal(values, schemaValues);
    }

    [Fact]
    public void EveryProperty_HasAnEnglishAndVietnameseDescription()
    {
        var missing = new List<string>();
        Walk(Schema, "#");
        Assert.Empty(missing);

        void Walk(JsonNode? node, string where)
        {
            if (node is JsonObject obj)
            {
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (key, value) in properties)
                    {
                        if (value?["description"] is not JsonValue description || !((string)description!).Contains(" — ", StringComparison.Ordinal))
                        {
                            missing.Add($"{where}/properties/{key}");
                        }
                    }
                }
                foreach (var (key, value) in obj)
                {
                    Walk(value, $"{where}/{key}");
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{where}/{i}");
                }
            }
        }
    }

    [Fact]
    public void Schema_IsDraft202012()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string)Schema["$schema"]!);
    }
}
