using System.Diagnostics;
using System.Globalization;
using CcHc.Docs.Import;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using Xunit.Abstractions;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// Random plans (fixed seed) rendered by our writer and imported come back structurally equal. CI runs
/// <see cref="DefaultCount"/> plans; set CCHC_IMPORT_ROUNDTRIP_COUNT=500 for the full run.
/// </summary>
public class GeneratedRoundTripTests(ITestOutputHelper output)
{
    private const int DefaultCount = 100;
    private const int Seed = 20260313;

    [Fact]
    public void Generated_plans_render_and_import_as_the_same_plan()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CCHC_IMPORT_ROUNDTRIP_COUNT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCount;
        var generator = new GeneratedPlans(Seed);
        var clock = Stopwatch.StartNew();
        var withFootnotes = 0;
        for (var i = 0; i < count; i++)
        {
            var plan = generator.Next();
            withFootnotes += PlanWriter.WriteYaml(plan).Contains("^[", StringComparison.Ordinal) ? 1 : 0;
            using var stream = new MemoryStream();
            PlanRenderer.Default.Render(plan, stream);
            stream.Position = 0;
            var imported = PlanImporter.ImportDocx(stream).Plan;
            try
            {
                DocxRoundTripTests.AssertSamePlan(plan, imported);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException($"Generated plan #{i} (seed {Seed}): {e.Message}");
            }
        }
        Assert.True(withFootnotes >= count / 10, $"only {withFootnotes} of {count} generated plans have a footnote");
        output.WriteLine($"{count} plans ({withFootnotes} with footnotes) in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
