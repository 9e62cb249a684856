using BenchmarkDotNet.Attributes;
using CcHc.Docs.Benchmarks.Rendering;
using CcHc.Docs.Import;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Benchmarks.Import;

/// <summary>
/// Importing a .docx (issue 13): a typical plan — the Vĩnh Phong PAR plan, ≈ 10 pages and 2 appendices, as our
/// writer renders it — target ≤ 20 ms warm; and a plan whose appendix has 10,000 generated rows, target ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _typical = [];
    private byte[] _large = [];

    [GlobalSetup]
    public void Setup()
    {
        _typical = PlanRenderer.Default.RenderToBytes(RenderingData.ParPlan());
        _large = PlanRenderer.Default.RenderToBytes(RenderingData.WithGeneratedAppendix(10_000));
        _ = PlanImporter.ImportDocx(new MemoryStream(_typical));
    }

    [Benchmark(Description = "import typical plan (.docx, 2 appendices)")]
    public ImportResult Typical() => PlanImporter.ImportDocx(new MemoryStream(_typical));

    [Benchmark(Description = "import 10,000-row appendix (.docx)")]
    public ImportResult TenThousandRows() => PlanImporter.ImportDocx(new MemoryStream(_large));
}
