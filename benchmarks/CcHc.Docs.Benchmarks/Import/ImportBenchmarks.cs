using BenchmarkDotNet.Attributes;
using CcHc.Docs.Benchmarks.Rendering;
using CcHc.Docs.Import;
using CcHc.Docs.Import.Parsing;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Benchmarks.Import;

/// <summary>
/// Importing a .docx (issue 13): a typical plan — the Vĩnh Phong PAR plan, ≈ 10 pages and 2 appendices, as our
/// writer renders it — target ≤ 20 ms warm; plans whose appendix has 1,000 and 10,000 generated rows, target
/// ≤ 1 s for 10,000. The stage benchmarks split the typical import into reading the .docx and parsing the plan.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _typical = [];
    private byte[] _thousand = [];
    private byte[] _large = [];
    private SourceDocument _typicalSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _typical = PlanRenderer.Default.RenderToBytes(RenderingData.ParPlan());
        _thousand = PlanRenderer.Default.RenderToBytes(RenderingData.WithGeneratedAppendix(1_000));
        _large = PlanRenderer.Default.RenderToBytes(RenderingData.WithGeneratedAppendix(10_000));
        _typicalSource = DocxSource.Read(new MemoryStream(_typical));
        _ = PlanImporter.ImportDocx(new MemoryStream(_typical));
    }

    [Benchmark(Description = "import typical plan (.docx, 2 appendices)")]
    public ImportResult Typical() => PlanImporter.ImportDocx(new MemoryStream(_typical));

    [Benchmark(Description = "typical plan: read .docx (stage)")]
    public object TypicalRead() => DocxSource.Read(new MemoryStream(_typical));

    [Benchmark(Description = "typical plan: parse (stage)")]
    public ImportResult TypicalParse() => PlanParser.Parse(_typicalSource, plainText: false);

    [Benchmark(Description = "import 1,000-row appendix (.docx)")]
    public ImportResult ThousandRows() => PlanImporter.ImportDocx(new MemoryStream(_thousand));

    [Benchmark(Description = "import 10,000-row appendix (.docx)")]
    public ImportResult TenThousandRows() => PlanImporter.ImportDocx(new MemoryStream(_large));
}
