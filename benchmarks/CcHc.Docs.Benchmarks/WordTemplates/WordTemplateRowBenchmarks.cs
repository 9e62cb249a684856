using BenchmarkDotNet.Attributes;
using CcHc.Docs.WordTemplates;
using Scriban.Runtime;

namespace CcHc.Docs.Benchmarks.WordTemplates;

/// <summary>
/// The peer benchmark's appendix table (shared/peer-bench: same rows as <c>node data.js --dump N</c>) rendered through
/// a Word template with a row loop, for docs/performance.md beside docxtemplater. Targets: 1k rows ≥ 10× faster than
/// docxtemplater, 10k rows ≤ 0.3 s and ≤ 200 MB, 100k rows linear. The template is compiled once in setup, as a
/// server would; the model is built in setup too (docxtemplater's figures also exclude making the rows).
/// </summary>
[MemoryDiagnoser]
public class WordTemplateRowBenchmarks
{
    private DocxTemplate _template = null!;
    private ScriptObject _model = null!;

    /// <summary>Rows of the appendix table.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _template = DocxTemplate.Load(new MemoryStream(AppendixWordTemplate.Create()), "appendix.docx");
        _model = PeerRows.Model(Rows);
        _ = _template.Render(_model);
    }

    [Benchmark(Description = "Word template, row loop → .docx")]
    public byte[] RowLoop() => _template.Render(_model);
}
