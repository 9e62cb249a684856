using CcHc.Docs.Docx;
using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering.TemplateModel;
using CcHc.Docs.Validation;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Renders a plan to a Word file that follows NĐ30: Scriban template → markup → document tree → .docx.
/// Uses the default templates or a folder of the user's, whose files override the defaults by name.
/// Thread-safe: one renderer may render many plans at once.
/// </summary>
public sealed partial class PlanRenderer
{
    /// <summary>The template a plan is rendered with unless another is named.</summary>
    public const string DefaultTemplate = "ke-hoach";

    private readonly TemplateSet _templates;
    private readonly DocxWriter _writer;

    private PlanRenderer(TemplateSet templates, PlanRendererOptions options)
    {
        _templates = templates;
        Options = options;
        _writer = new DocxWriter(options.Docx);
    }

    /// <summary>A renderer with the default NĐ30 templates and options.</summary>
    public static PlanRenderer Default { get; } = new(new TemplateSet(null), PlanRendererOptions.Default);

    /// <summary>The options this renderer was made with.</summary>
    public PlanRendererOptions Options { get; }

    /// <summary>A renderer whose templates come from <paramref name="folder"/> first, then from the defaults.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PlanRenderer FromTemplateFolder(string folder, PlanRendererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new(new TemplateSet(folder), options ?? PlanRendererOptions.Default);
    }

    /// <summary>A renderer with the default templates and other options.</summary>
    public static PlanRenderer WithOptions(PlanRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(new TemplateSet(null), options);
    }

    /// <summary>The names of the default templates ("ke-hoach", "phu-luc", "_letterhead" …).</summary>
    public static IReadOnlyList<string> DefaultTemplateNames => TemplateSet.DefaultNames.ToArray();

    /// <summary>Copies the default templates into <paramref name="folder"/> (created if needed) to start customising them.</summary>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> ExportDefaultTemplates(string folder, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var name in TemplateSet.DefaultNames)
        {
            var path = Path.Combine(folder, name + TemplateSet.Extension);
            if (!overwrite && File.Exists(path))
            {
                throw new IOException($"'{path}' already exists; pass overwrite to replace it.");
            }
            File.WriteAllText(path, TemplateSet.ReadDefault(name));
            written.Add(path);
        }
        return written;
    }

    /// <summary>Renders the intermediate markup: what the template emits before it becomes a Word file.</summary>
    /// <exception cref="TemplateException">The template has a syntax or runtime error, hit a limit or ran out of time (with its name, line and column).</exception>
    /// <exception cref="PlanValidationException">The options ask to fail on validation errors, and there are some.</exception>
    /// <exception cref="InvalidOperationException">The template is a Word template (<see cref="UsesWordTemplate"/>), which has no markup.</exception>
    public string RenderMarkup(Plan plan, string template = DefaultTemplate, CancellationToken cancellationToken = default) =>
        UsesWordTemplate(template)
            ? throw new InvalidOperationException(WordTemplateHasNoMarkup(template))
            : RenderMarkup(plan, template, globals: null, cancellationToken);

    /// <summary>Renders <paramref name="plan"/> to a .docx written to <paramref name="output"/>.</summary>
    /// <exception cref="TemplateException">The template failed.</exception>
    /// <exception cref="MarkupException">The template emitted malformed markup; the template line is in <see cref="MarkupException.TemplateLocation"/>.</exception>
    public void Render(Plan plan, Stream output, string template = DefaultTemplate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = RenderToBytes(plan, template, cancellationToken);
        output.Write(bytes);
    }

    /// <summary>Renders <paramref name="plan"/> to the bytes of a .docx. Same plan, same bytes.</summary>
    public byte[] RenderToBytes(Plan plan, string template = DefaultTemplate, CancellationToken cancellationToken = default) =>
        FindWordTemplate(template) is { } word
            ? RenderWordTemplate(word, plan, cancellationToken)
            : RenderToBytes(plan, template, globals: null, cancellationToken);

    /// <summary>
    /// Renders <paramref name="plan"/> to the file <paramref name="path"/>. The document is written to a
    /// temporary file beside it and moved into place, so a failed render never leaves a half-written file.
    /// </summary>
    public void RenderToFile(Plan plan, string path, string template = DefaultTemplate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = RenderToBytes(plan, template, cancellationToken);
        AtomicFile.Write(path, bytes);
    }

    /// <summary>
    /// The seam for other document kinds (Báo cáo, phân công): renders <paramref name="template"/> to .docx bytes with
    /// <paramref name="plan"/> as <c>plan</c> and each entry of <paramref name="globals"/> as a further read-only global
    /// (e.g. <c>report</c>), through the same markup, writer, limits and error locations as a plan.
    /// </summary>
    internal byte[] RenderToBytes(Plan plan, string template, IReadOnlyDictionary<string, object>? globals, CancellationToken cancellationToken = default)
    {
        using var budget = new RenderBudget(Options.Timeout, cancellationToken);
        var document = ParseMarkup(plan, template, budget, globals);
        budget.ThrowIfExpired(template + TemplateSet.Extension);
        return _writer.WriteToArray(document);
    }

    /// <summary>The markup of <see cref="RenderToBytes(Plan, string, IReadOnlyDictionary{string, object}?, CancellationToken)"/>.</summary>
    internal string RenderMarkup(Plan plan, string template, IReadOnlyDictionary<string, object>? globals, CancellationToken cancellationToken = default)
    {
        using var budget = new RenderBudget(Options.Timeout, cancellationToken);
        return RunTemplate(plan, template, recordSourceMap: false, budget, globals).Markup;
    }

    private MarkupDocument ParseMarkup(Plan plan, string template, RenderBudget budget, IReadOnlyDictionary<string, object>? globals = null)
    {
        var (markup, _) = RunTemplate(plan, template, recordSourceMap: false, budget, globals);
        budget.ThrowIfExpired(template + TemplateSet.Extension);
        try
        {
            return MarkupParser.Parse(markup, template + TemplateSet.Extension + " → markup");
        }
        catch (MarkupException error)
        {
            // Render again with the source map on (same input, same output) to name the template line.
            var (again, map) = RunTemplate(plan, template, recordSourceMap: true, budget, globals);
            var offset = OffsetOf(again, error.Line, error.Column);
            if (offset >= 0 && map?.Locate(again, offset) is { } location)
            {
                error.TemplateLocation = location;
            }
            throw;
        }
    }

    private (string Markup, TemplateSourceMap? Map) RunTemplate(Plan plan, string name, bool recordSourceMap, RenderBudget budget, IReadOnlyDictionary<string, object>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(name);
        if (!recordSourceMap)
        {
            RefuseInvalidPlanIfAsked(plan);
        }
        var template = _templates.Get(name);
        var context = new MarkupTemplateContext(_templates, Options, recordSourceMap, budget.Token);
        if (Options.Globals is { } own)
        {
            context.PushGlobal(own);
        }
        var globals = new ScriptObject();
        globals.SetValue("plan", new PlanView(plan), readOnly: true);
        globals.SetValue("vn", VietnameseFunctions.Module, readOnly: true);
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            globals.SetValue(key, value, readOnly: true);
        }
        context.PushGlobal(globals);
        Options.ConfigureContext?.Invoke(context);
        try
        {
            return (template.Render(context), context.SourceMap);
        }
        catch (ScriptRuntimeException error)
        {
            throw budget.Translate(error, context, name + TemplateSet.Extension);
        }
        catch (OperationCanceledException) when (budget.Expired)
        {
            throw budget.Translate(null, context, name + TemplateSet.Extension);
        }
    }

    // FailOnValidationErrors: a plan with validation errors is refused before any template runs.
    private void RefuseInvalidPlanIfAsked(Plan plan)
    {
        if (Options.FailOnValidationErrors && PlanValidator.Validate(plan) is { HasErrors: true } report)
        {
            throw new PlanValidationException(report);
        }
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line; current++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            if (offset == 0)
            {
                return -1;
            }
        }
        return Math.Min(text.Length - 1, offset + Math.Max(0, column - 1));
    }
}
