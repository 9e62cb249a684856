using CcHc.Docs.Docx;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>The title block: <c>plan.title</c>.</summary>
public sealed class TitleView
{
    internal TitleView(DocumentTitle title, IReadOnlyList<string> names)
    {
        Kind = title.Kind;
        KindUpper = VietnameseCase.ToUpper(title.Kind);
        Summary = title.Summary;
        SummaryLines = title.Summary.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => KnownNames.Glue(line, names)).ToArray();
        SummaryWidthEm = Math.Round(SummaryLines.Select(line => TextWidthEstimator.Ems(line, bold: true)).DefaultIfEmpty(0).Max(), 2);
    }

    /// <summary>"Kế hoạch".</summary>
    public string Kind { get; }

    /// <summary>"KẾ HOẠCH".</summary>
    public string KindUpper { get; }

    /// <summary>The trích yếu.</summary>
    public string Summary { get; }

    /// <summary>The trích yếu's printed lines, with no-break spaces inside the names the plan knows (issuer, place, units), so no line splits one.</summary>
    public string[] SummaryLines { get; }

    /// <summary>
    /// The estimated width of the trích yếu's longest line in bold Times New Roman, in em (multiples of the font
    /// size): a Word template, which cannot measure text, chooses the rule under the trích yếu by it.
    /// </summary>
    public double SummaryWidthEm { get; }
}
