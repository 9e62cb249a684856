using CcHc.Docs.Docx;

namespace CcHc.Docs.Rendering;

/// <summary>How a <see cref="PlanRenderer"/> writes documents: page layout and size profile, and the render limits.</summary>
public sealed record PlanRendererOptions
{
    /// <summary>The NĐ30 defaults: 14-pt profile, margins 20/20/30/15 mm.</summary>
    public static PlanRendererOptions Default { get; } = new();

    /// <summary>Page margins and the font-size profile of the .docx.</summary>
    public DocxWriterOptions Docx { get; init; } = DocxWriterOptions.Default;

    /// <summary>
    /// The most loop iterations one template statement may run. Large appendices need more than the
    /// Scriban default of 1,000; 1,000,000 by default.
    /// </summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>
    /// Validate the plan before rendering and refuse it, with a <see cref="Validation.PlanValidationException"/>,
    /// when validation finds errors. Warnings never block. Off by default: a faithful copy of a flawed
    /// original must still render.
    /// </summary>
    public bool FailOnValidationErrors { get; init; }
}
