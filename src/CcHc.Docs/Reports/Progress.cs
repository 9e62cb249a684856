using CcHc.Docs.Plans;

namespace CcHc.Docs.Reports;

/// <summary>
/// The content of progress.yaml: the report's own number and date, the text of its sections, and each task's
/// status and result by task id. Everything is optional; what is missing prints blank for the unit to fill in.
/// </summary>
public sealed record Progress
{
    /// <summary>The period, e.g. "quý I/2026", when the file names it (the command line may too).</summary>
    public string? Period { get; init; }

    /// <summary>The report's số; null leaves it blank (draft).</summary>
    public int? Number { get; init; }

    /// <summary>The report's date; null leaves it blank (draft).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Section headings.</summary>
    public ReportHeadings Headings { get; init; } = new();

    /// <summary>Paragraphs of I. Kết quả thực hiện, after the computed summary.</summary>
    public ValueList<string> Results { get; init; } = [];

    /// <summary>Paragraphs of II. Tồn tại, hạn chế và nguyên nhân.</summary>
    public ValueList<string> Limitations { get; init; } = [];

    /// <summary>Paragraphs of III. Phương hướng, nhiệm vụ thời gian tới.</summary>
    public ValueList<string> NextSteps { get; init; } = [];

    /// <summary>Paragraphs of IV. Đề xuất, kiến nghị.</summary>
    public ValueList<string> Proposals { get; init; } = [];

    /// <summary>Nơi nhận of the report; the plan's when empty.</summary>
    public ValueList<string> Recipients { get; init; } = [];

    /// <summary>Each task's progress.</summary>
    public ValueList<TaskProgress> Tasks { get; init; } = [];
}
