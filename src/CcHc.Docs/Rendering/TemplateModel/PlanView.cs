using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// What a template sees as <c>plan</c>: the plan with every label and computed line resolved, so templates
/// only lay out text. Members are read in snake_case (<c>plan.letterhead.number_line</c>); docs/templates.md lists them.
/// </summary>
public sealed class PlanView
{
    internal PlanView(Plan plan)
    {
        Model = plan;
        Numbering = plan.Numbering == NumberingScheme.Decimal ? "decimal" : "nd30";
        Letterhead = new LetterheadView(plan.Letterhead);
        Title = new TitleView(plan.Title, KnownNames.Of(plan));
        Bases = PlanOpening.BasisLines(plan).ToArray();
        ImplementingLine = PlanOpening.ImplementingLine(plan);
        Preamble = plan.Preamble;
        Opening = PlanOpening.Paragraphs(plan).Select(p => new OpeningParagraphView(p)).ToArray();
        Sections = SectionView.Number(plan, plan.Sections, []);
        Body = BodyParagraphView.Flatten(Sections);
        ClosingLine = plan.Closing is null ? null : PlanText.ClosingLine(plan.Closing);
        Recipients = plan.Recipients.ToArray();
        ArchiveLine = PlanText.ArchiveLine(plan);
        Signature = new SignatureView(plan.Signature);
        Appendices = plan.Appendices.Select((_, i) => new AppendixView(plan, i)).ToArray();
        _tasks = new Lazy<TaskItemView[]>(() => CcHc.Docs.Tasks.PlanTasks.Collect(plan).Select(t => new TaskItemView(t)).ToArray());
    }

    private readonly Lazy<TaskItemView[]> _tasks;

    internal Plan Model { get; }

    /// <summary>"nd30" or "decimal".</summary>
    public string Numbering { get; }

    /// <summary>The first-page header.</summary>
    public LetterheadView Letterhead { get; }

    /// <summary>Document kind and trích yếu.</summary>
    public TitleView Title { get; }

    /// <summary>The căn cứ lines, one per citation, punctuated (";" then "." on the last) unless the plan overrides them.</summary>
    public string[] Bases { get; }

    /// <summary>The "Thực hiện …" opening sentence, or null.</summary>
    public string? ImplementingLine { get; }

    /// <summary>The sentence that introduces the body.</summary>
    public string? Preamble { get; }

    /// <summary>
    /// The opening as printed: căn cứ, "Thực hiện" and preamble in paragraphs, grouped as the plan sets them
    /// (each căn cứ its own paragraph and "Thực hiện" joined to the preamble unless the plan says otherwise).
    /// </summary>
    public OpeningParagraphView[] Opening { get; }

    /// <summary>The numbered body sections.</summary>
    public SectionView[] Sections { get; }

    /// <summary>The sections' printed paragraphs flat, in print order, with their kind and level (for Word templates, which cannot recurse).</summary>
    public BodyParagraphView[] Body { get; }

    /// <summary>The closing sentence with its end mark, or null.</summary>
    public string? ClosingLine { get; }

    /// <summary>Recipients, without dash or semicolon.</summary>
    public string[] Recipients { get; }

    /// <summary>"Lưu: VT, VHXH." or empty.</summary>
    public string ArchiveLine { get; }

    /// <summary>The signature block.</summary>
    public SignatureView Signature { get; }

    /// <summary>The appendices, each with its label, caption and table rows.</summary>
    public AppendixView[] Appendices { get; }

    /// <summary>Every task of the plan (body and appendix rows) with its id, units and due date, computed on first use.</summary>
    public TaskItemView[] Tasks => _tasks.Value;
}
