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
    }

    /// <summary>"Kế hoạch".</summary>
    public string Kind { get; }

    /// <summary>"KẾ HOẠCH".</summary>
    public string KindUpper { get; }

    /// <summary>The trích yếu.</summary>
    public string Summary { get; }

    /// <summary>The trích yếu's printed lines, with no-break spaces inside the names the plan knows (issuer, place, units), so no line splits one.</summary>
    public string[] SummaryLines { get; }
}
