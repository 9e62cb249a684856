using BenchmarkDotNet.Attributes;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Benchmarks.Rendering;

/// <summary>
/// End to end, plan model to .docx bytes, for a plan whose appendix has 1,000 / 10,000 / 100,000 generated
/// rows (<see cref="RenderingData.WithGeneratedAppendix"/>). Target for 10k: ≤ 1 s and ≤ 200 MB allocated;
/// time should grow linearly with the rows.
/// </summary>
[MemoryDiagnoser]
public class GeneratedAppendixRenderingBenchmarks
{
    private readonly PlanRenderer _renderer = PlanRenderer.Default;
    private Plan _plan = null!;

    /// <summary>Printed rows of the generated appendix.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = RenderingData.WithGeneratedAppendix(Rows);
        _ = _renderer.RenderToBytes(_plan);
    }

    [Benchmark(Description = "generated appendix → .docx")]
    public byte[] GeneratedAppendix() => _renderer.RenderToBytes(_plan);
}
