using System.Globalization;
using BenchmarkDotNet.Attributes;
using CcHc.Docs.Templating;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Benchmarks.Templating;

/// <summary>
/// The five engine scenarios of /work/shared/scriban/bench/README.md (plus the dictionary model and a fresh
/// context), measured the same way: fresh context per render, loop limit out of the way, no output limit.
/// </summary>
[MemoryDiagnoser]
public class TemplatingBenchmarks
{
    private const string RowsTemplate = "{{ for r in rows }}<tr><td>{{ r.index }}</td><td>{{ r.title }}</td></tr>{{ end }}";

    private string _planText = "";
    private Template _plan = null!;
    private PlanModel _planObjects = null!;
    private ScriptObject _planDictionaries = null!;
    private Template _rows = null!;
    private List<BenchmarkData.Row> _rows1k = null!;
    private List<BenchmarkData.Row> _rows100k = null!;
    private Template _dates = null!;
    private Template _numbers = null!;
    private static readonly DateTime StartDate = new(2025, 1, 1);

    [GlobalSetup]
    public void Setup()
    {
        _planText = BenchmarkData.PlanTemplate;
        _plan = Checked(Template.Parse(_planText, "plan.sbn"));
        _planObjects = BenchmarkData.LoadPlanObjects();
        _planDictionaries = BenchmarkData.LoadPlanDictionaries();
        _rows = Checked(Template.Parse(RowsTemplate, "rows"));
        _rows1k = BenchmarkData.Rows(1_000);
        _rows100k = BenchmarkData.Rows(100_000);
        _dates = Checked(Template.Parse("{{ for i in 1..10000 }}<d>{{ format_date start_date i }}</d>{{ end }}", "dates"));
        _numbers = Checked(Template.Parse("{{ for i in 1..10000 }}<d>{{ i }}</d>{{ end }}", "numbers"));

        // Fail early (not in the measurement) if a scenario does not render.
        _ = RenderPlanObjects();
        _ = RenderPlanDictionaries();
        _ = Rows1000();
        _ = HostFunctionCalls10000();
    }

    private static Template Checked(Template template) =>
        template.HasErrors ? throw new InvalidOperationException(template.FormatErrors()) : template;

    private static TemplateContext NewContext() =>
        new() { Limits = { LoopLimit = 0, OutputLimit = 0 } };

    [Benchmark(Description = "1. parse plan.sbn")]
    public Template ParsePlan() => Template.Parse(_planText, "plan.sbn");

    [Benchmark(Description = "2. render plan, .NET objects")]
    public string RenderPlanObjects()
    {
        var context = NewContext();
        context.Globals.SetValue("plan", _planObjects);
        return _plan.Render(context);
    }

    [Benchmark(Description = "2b. render plan, dictionaries")]
    public string RenderPlanDictionaries()
    {
        var context = NewContext();
        context.Globals.SetValue("plan", _planDictionaries);
        return _plan.Render(context);
    }

    [Benchmark(Description = "3. 1,000-row loop")]
    public string Rows1000()
    {
        var context = NewContext();
        context.Globals.SetValue("rows", _rows1k);
        return _rows.Render(context);
    }

    [Benchmark(Description = "4. 100,000-row loop")]
    public string Rows100000()
    {
        var context = NewContext();
        context.Globals.SetValue("rows", _rows100k);
        return _rows.Render(context);
    }

    [Benchmark(Description = "5. 10,000 host-function calls")]
    public string HostFunctionCalls10000()
    {
        var context = NewContext();
        context.Globals.SetValue("start_date", StartDate);
        context.Globals.Import("format_date", FormatDate);
        return _dates.Render(context);
    }

    [Benchmark(Description = "5x. 10,000-step loop printing i")]
    public string Loop10000()
    {
        var context = NewContext();
        return _numbers.Render(context);
    }

    [Benchmark(Description = "x. fresh context")]
    public TemplateContext FreshContext() => NewContext();

    private static string FormatDate(DateTime date, int days) =>
        date.AddDays(days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
