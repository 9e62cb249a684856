using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Benchmarks.Templating;

/// <summary>Loads the benchmark template and model (Data/ beside this source file) and builds the row data.</summary>
internal static class BenchmarkData
{
    public static string DataFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data");

    public static string PlanTemplate => File.ReadAllText(Path.Combine(DataFolder(), "plan.sbn"));

    private static string PlanJson => File.ReadAllText(Path.Combine(DataFolder(), "plan-model-10x10.json"));

    public static PlanModel LoadPlanObjects() =>
        JsonSerializer.Deserialize<PlanModel>(PlanJson, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

    /// <summary>The same model as ScriptObject/ScriptArray (dates as DateTime).</summary>
    public static ScriptObject LoadPlanDictionaries()
    {
        using var document = JsonDocument.Parse(PlanJson);
        return (ScriptObject)Convert(document.RootElement, string.Empty)!;
    }

    private static object? Convert(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(e => Convert(e, name))),
        JsonValueKind.String when name.EndsWith("date", StringComparison.Ordinal) || name == "deadline" =>
            DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptObject ConvertObject(JsonElement element)
    {
        var obj = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            obj.SetValue(property.Name, Convert(property.Value, property.Name));
        }

        return obj;
    }

    public sealed class Row
    {
        public int Index { get; init; }

        public string Title { get; init; } = "";
    }

    public static List<Row> Rows(int count) =>
        Enumerable.Range(1, count).Select(i => new Row { Index = i, Title = "Hồ sơ số " + i.ToString("D6", CultureInfo.InvariantCulture) }).ToList();
}
