using System.Globalization;
using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Reports;

/// <summary>
/// Builds the progress report of a plan for a period: picks the tasks due in it, joins each unit's progress,
/// computes what is overdue, and writes the Báo cáo as a document on the plan model.
/// </summary>
public static class ProgressReports
{
    /// <summary>The placeholder printed where the unit still has to write.</summary>
    public const string Blank = "………………………………………………………………………………………………………………………………………………………………………………";

    /// <summary>Symbol of a report issued by the plan's issuer: "KH-UBND" → "BC-UBND".</summary>
    public static string ReportSymbol(string planSymbol)
    {
        ArgumentNullException.ThrowIfNull(planSymbol);
        var dash = planSymbol.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? "BC" : "BC" + planSymbol[dash..];
    }

    /// <summary>
    /// The report of <paramref name="plan"/> for <paramref name="period"/>. Rows: every task with a due date in the
    /// period, then any task due earlier that <paramref name="progress"/> says is not completed. A task not completed
    /// by the report date (the progress file's date, else the day after the period) is Quá hạn.
    /// </summary>
    public static ProgressReport Build(Plan plan, ReportPeriod period, Progress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        progress ??= new Progress();
        var byId = progress.Tasks.GroupBy(t => t.TaskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var asOf = progress.Date ?? period.To.AddDays(1);
        var rows = new List<ReportRow>();
        var carried = new List<ReportRow>();
        foreach (var task in PlanTasks.Collect(plan))
        {
            if (task.Period is not { } deadline)
            {
                continue;
            }
            byId.TryGetValue(task.Id, out var given);
            var inPeriod = deadline.Milestones.Where(d => d >= period.From && d <= period.To).ToList();
            if (inPeriod.Count > 0)
            {
                rows.Add(Row(task, inPeriod[^1], given, asOf, carriedOver: false));
            }
            else if (given?.Status is { } s && s != ProgressStatus.Completed && deadline.Milestones.Any(d => d < period.From))
            {
                carried.Add(Row(task, deadline.Milestones.Last(d => d < period.From), given, asOf, carriedOver: true));
            }
        }
        rows.AddRange(carried);
        return new ProgressReport { Source = plan, Period = period, Rows = rows, Document = Document(plan, period, progress, rows) };
    }

    private static ReportRow Row(TaskItem task, DateOnly due, TaskProgress? given, DateOnly asOf, bool carriedOver)
    {
        var status = given?.Status switch
        {
            null => (ProgressStatus?)null,
            ProgressStatus.Completed => ProgressStatus.Completed,
            { } other => due < asOf ? ProgressStatus.Overdue : other,
        };
        return new ReportRow(task, due, status, given?.Result, carriedOver);
    }

    private static Plan Document(Plan plan, ReportPeriod period, Progress progress, IReadOnlyList<ReportRow> rows)
    {
        var source = plan.Letterhead;
        var planReference = PlanText.Reference(source).Trim();
        var planName = source.Number is null || source.Date is null
            ? $"{plan.Title.Kind} {plan.Title.Summary}"
            : $"{plan.Title.Kind} số {planReference} ngày {Short(source.Date.Value)} của {source.Issuer}";
        var letterhead = new Letterhead
        {
            ParentBody = source.ParentBody,
            Issuer = source.Issuer,
            IssuerLines = source.IssuerLines,
            Number = progress.Number,
            Symbol = ReportSymbol(source.Symbol),
            Place = source.Place,
            Date = progress.Date,
            Year = progress.Date is null ? period.To.Year : null,
        };
        var count = (ProgressStatus? s) => rows.Count(r => r.Status == s).ToString(CultureInfo.InvariantCulture);
        var summary = $"Trong {period.Label}, có {rows.Count.ToString(CultureInfo.InvariantCulture)} nhiệm vụ đến hạn hoặc chuyển tiếp theo Kế hoạch: "
            + $"{count(ProgressStatus.Completed)} hoàn thành, {count(ProgressStatus.InProgress)} đang thực hiện, "
            + $"{count(ProgressStatus.NotStarted)} chưa thực hiện, {count(ProgressStatus.Overdue)} quá hạn, {count(null)} chưa có báo cáo.";
        return new Plan
        {
            Numbering = plan.Numbering,
            Letterhead = letterhead,
            Title = new DocumentTitle { Kind = "Báo cáo", Summary = $"Kết quả thực hiện {planName}\n({period.Label})" },
            Preamble = $"{source.Issuer} báo cáo kết quả thực hiện {planName} trong {period.Label} như sau:",
            Sections =
            [
                Section(progress.Headings.Results, [summary, .. progress.Results], new AppendixReference { Appendix = 1 }),
                Section(progress.Headings.Limitations, progress.Limitations, null),
                Section(progress.Headings.NextSteps, progress.NextSteps, null),
                Section(progress.Headings.Proposals, progress.Proposals, null),
            ],
            Closing = new Closing { Text = $"Trên đây là báo cáo kết quả thực hiện {planName} trong {period.Label}." },
            Recipients = progress.Recipients.Count > 0 ? progress.Recipients : plan.Recipients,
            Archive = plan.Archive,
            Signature = plan.Signature,
            Appendices = [Appendix(period, rows)],
        };
    }

    private static Section Section(string heading, IReadOnlyList<string> paragraphs, AppendixReference? appendix) => new()
    {
        Title = VietnameseCase.ToUpper(heading),
        SeeAppendix = appendix,
        Content = new ValueList<Block>((paragraphs.Count == 0 ? [Blank] : paragraphs).Select(p => (Block)new ParagraphBlock(p))),
    };

    private static Appendix Appendix(ReportPeriod period, IReadOnlyList<ReportRow> rows) => new()
    {
        Label = "Phụ lục",
        Title = "Kết quả thực hiện các nhiệm vụ đến hạn " + period.Label,
        Tables =
        [
            new AppendixTable
            {
                Columns =
                [
                    new() { Field = ColumnField.Number, Header = "STT", Width = 12 },
                    new() { Field = ColumnField.Task, Header = "Nhiệm vụ", Width = 80 },
                    new() { Field = ColumnField.Lead, Header = "Cơ quan chủ trì", Width = 35 },
                    new() { Field = ColumnField.Deadline, Header = "Thời gian thực hiện", Width = 27 },
                    new() { Field = ColumnField.Extra, Key = "result", Header = "Kết quả thực hiện", Width = 70 },
                    new() { Field = ColumnField.Extra, Key = "status", Header = "Tình trạng", Width = 28 },
                ],
                Tasks = new ValueList<PlanTask>(rows.Select(r => new PlanTask
                {
                    Text = r.Task.Text,
                    Lead = r.Task.Lead,
                    Deadline = r.CarriedOver ? $"{r.Task.Deadline} (chuyển tiếp)" : r.Task.Deadline,
                    Extra =
                    [
                        new("result", r.Result ?? ""),
                        new("status", r.Status is { } s ? ProgressStatuses.ToText(s) : ""),
                    ],
                })),
            },
        ],
    };

    internal static string Short(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day}/{day.Month}/{day.Year}");
}
