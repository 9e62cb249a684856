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
}
