using System.Text.Json;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Engine;

/// <summary>Renders the benchmark plan template (shared reference data) to check the engine handles a real document.</summary>
public sealed class PlanTemplateTests
{
    private static readonly string Bench = Path.Combine(FindRoot(), "benchmarks", "CcHc.Docs.Benchmarks", "Templating", "Data");

    [Fact]
    public void PlanTemplateRendersTheModel()
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(Bench, "plan.sbn")), "plan.sbn");
        Assert.False(template.HasErrors, template.FormatErrors());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bench, "plan-model-10x10.json")));
        var context = new TemplateContext();
        context.Globals.SetValue("plan", Convert(json.RootElement));
        var output = template.Render(context);

        Assert.Contains("SỞ NỘI VỤ", output);
        Assert.Contains("Thừa Thiên Huế", output);
        Assert.DoesNotContain("{{", output);
        Assert.True(output.Length > 10_000, "the 10x10 plan should produce a long document");
    }

    private static object? Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new ScriptObject(), (o, p) =>
        {
            var isDate = p.Name is "issued_date" or "deadline";
            o.SetValue(p.Name, isDate ? DateTime.Parse(p.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : Convert(p.Value));
            return o;
        }),
        JsonValueKind.Array => new ScriptArray(e.EnumerateArray().Select(Convert)),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CcHc.Docs.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
