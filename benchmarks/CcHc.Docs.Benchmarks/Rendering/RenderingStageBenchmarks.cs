using System.Xml;
using BenchmarkDotNet.Attributes;
using CcHc.Docs.Docx;
using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Benchmarks.Rendering;

/// <summary>
/// The three stages of a render measured one at a time, each on the previous stage's output prepared in
/// setup: template (plan → markup text), markup parsing (text → document tree) and docx writing (tree →
/// bytes). Their sum is close to the end-to-end time; the shares show where a render spends its time.
/// </summary>
[MemoryDiagnoser]
public class RenderingStageBenchmarks
{
    private readonly PlanRenderer _renderer = PlanRenderer.Default;
    private readonly DocxWriter _writer = new(DocxWriterOptions.Default);
    private Plan _plan = null!;
    private string _markup = "";
    private MarkupDocument _tree = null!;

    /// <summary>"PAR" (the example with its two appendices) or "10k" (generated appendix of 10,000 rows).</summary>
    [Params("PAR", "10k")]
    public string Plan { get; set; } = "PAR";

    [GlobalSetup]
    public void Setup()
    {
        _plan = Plan == "PAR" ? RenderingData.ParPlan() : RenderingData.WithGeneratedAppendix(10_000);
        _markup = _renderer.RenderMarkup(_plan);
        _tree = MarkupParser.Parse(_markup, "benchmark");
        _ = _writer.WriteToArray(_tree);
    }

    [Benchmark(Description = "1. template: plan → markup")]
    public string Template() => _renderer.RenderMarkup(_plan);

    [Benchmark(Description = "2. parse: markup → tree")]
    public MarkupDocument Parse() => MarkupParser.Parse(_markup, "benchmark");

    [Benchmark(Description = "3. write: tree → .docx")]
    public byte[] Write() => _writer.WriteToArray(_tree);

    /// <summary>
    /// The first half of stage 3 alone: document.xml serialised, uncompressed, to a null stream, without
    /// styles, package or compression. Write minus this is the cost of the package and its compression.
    /// </summary>
    [Benchmark(Description = "3a. write, document.xml only")]
    public void WriteDocumentXml()
    {
        using var xml = XmlWriter.Create(Stream.Null);
        new BodyWriter(DocxWriterOptions.Default).Write(_tree, xml);
    }
}
