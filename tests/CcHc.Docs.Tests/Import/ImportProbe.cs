using CcHc.Docs.Import;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Rendering;
using Xunit.Abstractions;

namespace CcHc.Docs.Tests.Import;

public class ImportProbe(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ExamplePlans.All), MemberType = typeof(ExamplePlans))]
    public void Probe(string name)
    {
        var plan = ExamplePlans.Plan(name);
        using var stream = new MemoryStream();
        PlanRenderer.Default.Render(plan, stream);
        stream.Position = 0;
        var result = PlanImporter.ImportDocx(stream);
        var a = PlanWriter.WriteYaml(plan).Split('\n');
        var b = PlanWriter.WriteYaml(result.Plan).Split('\n');
        var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(string.Join('\n', a), string.Join('\n', b));
        foreach (var line in diff.Lines.Where(l => l.Type != DiffPlex.DiffBuilder.Model.ChangeType.Unchanged && !l.Text.Contains("value:") && !l.Text.Contains("unit:") && !l.Text.Contains("figures:")).Take(80))
        {
            output.WriteLine((line.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted ? "+ " : "- ") + line.Text);
        }
        foreach (var note in result.Report.Guesses)
        {
            output.WriteLine(note.ToString());
        }
        Assert.True(true);
    }
}
