using CcHc.Docs.Docx;
using Scriban;
using Scriban.Runtime;

namespace CcHc.Docs.Rendering;

/// <summary>
/// How a <see cref="PlanRenderer"/> writes documents: page layout and size profile, the template limits that keep a
/// hostile or mistaken template from exhausting the process, and the hooks an app uses to bring its own functions.
/// </summary>
public sealed record PlanRendererOptions
{
    /// <summary>The NĐ30 defaults: 14-pt profile, margins 20/20/30/15 mm, the limits below.</summary>
    public static PlanRendererOptions Default { get; } = new();

    /// <summary>Page margins and the font-size profile of the .docx.</summary>
    public DocxWriterOptions Docx { get; init; } = DocxWriterOptions.Default;

    /// <summary>
    /// Loop iterations one render may run, shared by nested loops and by the iterations inside built-in functions
    /// (Scriban's <c>LoopLimit</c>). Large appendices need more than Scriban's 1,000; 1,000,000 by default. 0 turns it off.
    /// </summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>Depth of nested function calls and includes (Scriban's <c>RecursiveLimit</c>); 100 by default.</summary>
    public int RecursiveLimit { get; init; } = 100;

    /// <summary>Depth to which a printed object is expanded (Scriban's <c>ObjectRecursionLimit</c>); 20 by default.</summary>
    public int ObjectRecursionLimit { get; init; } = 20;

    /// <summary>The longest string a template may build, in characters (Scriban's <c>LimitToString</c>); 1 Mi by default. Exceeding it is an error, not a truncation.</summary>
    public int StringLimit { get; init; } = 1024 * 1024;

    /// <summary>
    /// Characters one render may write, counted as Scriban counts them: text written inside an <c>include</c> counts
    /// again when the include's output is printed, so a 100,000-row appendix two includes deep writes ≈ 3 × 32 Mi.
    /// 128 Mi by default (the markup parser itself reads at most 64 Mi). Exceeding it is an error.
    /// </summary>
    public int OutputLimit { get; init; } = 128 * 1024 * 1024;

    /// <summary>The time one regular expression in a template may take; 1 s by default.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The time budget of one whole render (template, markup, Word file); 5 s by default — a real plan takes
    /// milliseconds. When it runs out the render stops with a <see cref="TemplateException"/> at the template line
    /// it had reached. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off; the caller's
    /// cancellation token applies as well.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Functions and objects of your own that templates can call, beside <c>plan</c> and <c>vn</c> (which they cannot
    /// replace). Shared by every render: fill it before rendering and do not change it afterwards. A function that
    /// returns markup returns a <see cref="TemplateMarkup"/>; any other value it returns is escaped.
    /// </summary>
    public ScriptObject? Globals { get; init; }

    /// <summary>
    /// Called on every render's Scriban context after the renderer has set it up, to adjust it further (e.g.
    /// <c>StrictVariables</c>, a member renamer, another culture). It runs once per render, on the rendering thread.
    /// </summary>
    public Action<TemplateContext>? ConfigureContext { get; init; }

    /// <summary>
    /// Validate the plan before rendering and refuse it, with a <see cref="Validation.PlanValidationException"/>,
    /// when validation finds errors. Warnings never block. Off by default: a faithful copy of a flawed
    /// original must still render.
    /// </summary>
    public bool FailOnValidationErrors { get; init; }
}
