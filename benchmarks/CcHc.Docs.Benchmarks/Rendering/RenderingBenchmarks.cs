using BenchmarkDotNet.Attributes;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Benchmarks.Rendering;

/// <summary>
/// End to end, from the plan model to .docx bytes with the default templates: the PAR plan with both
/// appendices (83 table rows, ≈28 pages). Target: ≤ 10 ms per render once warm.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly PlanRenderer _renderer = PlanRenderer.Default;
    private Plan _par = null!;

    [GlobalSetup]
    public void Setup()
    {
        _par = RenderingData.ParPlan();

        // Fail early, outside the measurement, if the plan does not render; this also parses the templates.
        _ = _renderer.RenderToBytes(_par);
    }

    [Benchmark(Description = "PAR plan (2 appendices, 83 rows) → .docx")]
    public byte[] ParPlan() => _renderer.RenderToBytes(_par);
}
