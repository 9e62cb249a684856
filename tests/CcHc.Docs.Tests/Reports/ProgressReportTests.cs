using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Reports;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tasks;
using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.Tests.Support;
using CcHc.Docs.Validation;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Reports;

public sealed partial class ProgressReportTests
{
    private const string Par = "vinh-phong-par-sipas-papi-2026";
    private static readonly ReportPeriod Quarter1 = ReportPeriod.Parse("quý I/2026", 2026);

    [Fact]
    public void The_quarter_I_report_of_the_PAR_plan_lists_exactly_the_tasks_due_in_quarter_I()
    {
        // Independently of the deadline parser: the PAR plan's deadlines are "Thường xuyên", "Quý I/II/III",
        // "Theo lộ trình giai đoạn 2026 - 2030" and "Quý I, 6 tháng, quý III và tổng kết năm"; a task is due in
        // quarter I when its phrase names quý I (not II, III or IV). Only appendix rows carry deadlines.
        var plan = ExamplePlans.Plan(Par);
        var expected = AllAppendixTasks(plan).Where(t => t.Deadline is { } d && QuarterOne().IsMatch(d)).Select(t => Squash(t.Text)).ToList();
        Assert.Equal(5, expected.Count);

        var docx = FollowUpDocuments.RenderReport(PlanRenderer.Default, ProgressReports.Build(plan, Quarter1));

        Assert.Equal(expected, TaskColumn(docx, column: 1));
    }

    [Fact]
    public void Every_unit_s_assignment_sheet_holds_exactly_the_tasks_it_leads()
    {
        var plan = ExamplePlans.Plan(Par);
        var written = AllWrittenTasks(plan).ToList();
        var units = PlanTasks.ByUnit(PlanTasks.Collect(plan));
        Assert.True(units.Count >= 8, units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        foreach (var unit in units)
        {
            // The spellings grouped under the unit; a task is the unit's when its lead cell names one of them.
            var spellings = PlanTasks.Collect(plan).SelectMany(t => t.Leads).Where(l => l.Key == unit.Unit.Key).Select(l => Squash(l.Original)).Distinct().ToList();
            // The spelling must stand between cell start, ", " and cell end, so "Các cơ quan, đơn vị" does not match
            // inside "Các cơ quan, đơn vị có liên quan".
            var expected = written.Where(t => t.Lead is { } lead && spellings.Any(s =>
                    Regex.IsMatch(Squash(lead), "(^|, )" + Regex.Escape(s) + "(,|$)", RegexOptions.IgnoreCase)))
                .Select(t => Squash(t.Text)).ToList();

            var docx = FollowUpDocuments.RenderAssignment(PlanRenderer.Default, plan, unit.Unit.Original);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, TaskColumn(docx, column: 1));
        }
    }

    [Fact]
    public void An_assignment_for_a_unit_without_tasks_names_the_units_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => FollowUpDocuments.RenderAssignment(PlanRenderer.Default, ExamplePlans.Plan(Par), "Phòng Tư pháp"));
        Assert.Contains("Phòng Kinh tế", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_sets_status_and_result_and_overdue_is_computed_from_the_period_or_the_report_date()
    {
        var plan = ExamplePlans.Plan(Par);
        const string Yaml = """
            tasks:
              "78/KH-UBND#PL1.I.3.1":
                status: Hoàn thành
                result: Đã ban hành Quyết định thành lập Đoàn kiểm tra
              "78/KH-UBND#PL1.I.2":
                status: Đang thực hiện
              "78/KH-UBND#PL1.VII.8.1":
                status: chưa thực hiện
            """;
        var ids = PlanTasks.Collect(plan).Select(t => t.Id).ToList();
        var progress = ProgressReader.ReadYaml(Yaml, "progress.yaml", ids);

        var afterQuarter = ProgressReports.Build(plan, Quarter1, progress);
        var rows = afterQuarter.Rows.ToDictionary(r => r.Task.Id);
        Assert.Equal(ProgressStatus.Completed, rows["78/KH-UBND#PL1.I.3.1"].Status);
        Assert.Equal("Đã ban hành Quyết định thành lập Đoàn kiểm tra", rows["78/KH-UBND#PL1.I.3.1"].Result);
        Assert.Equal(ProgressStatus.Overdue, rows["78/KH-UBND#PL1.I.2"].Status);
        Assert.Equal(ProgressStatus.Overdue, rows["78/KH-UBND#PL1.VII.8.1"].Status);
        Assert.Null(rows["78/KH-UBND#PL1.VII.8.2"].Status);

        // Written on 15/3, before the tasks fall due on 31/3: not overdue yet.
        var early = ProgressReports.Build(plan, Quarter1, progress with { Date = new DateOnly(2026, 3, 15) });
        Assert.Equal(ProgressStatus.InProgress, early.Rows.Single(r => r.Task.Id == "78/KH-UBND#PL1.I.2").Status);
        Assert.Equal(ProgressStatus.NotStarted, early.Rows.Single(r => r.Task.Id == "78/KH-UBND#PL1.VII.8.1").Status);

        // The quarter II report carries the unfinished quarter I tasks over, overdue; not the completed one.
        var quarter2 = ProgressReports.Build(plan, ReportPeriod.Parse("quý II/2026", 2026), progress);
        var carried = quarter2.Rows.Where(r => r.CarriedOver).Select(r => (r.Task.Id, r.Status)).ToList();
        Assert.Equal([("78/KH-UBND#PL1.VII.8.1", (ProgressStatus?)ProgressStatus.Overdue)], carried);
        Assert.DoesNotContain(quarter2.Rows, r => r.Task.Id == "78/KH-UBND#PL1.I.3.1");
        // "Quý I, 6 tháng, quý III và tổng kết năm" is due again on 30/6: in the quarter II report as a due task.
        Assert.Contains(quarter2.Rows, r => r.Task.Id == "78/KH-UBND#PL1.I.2" && !r.CarriedOver);
    }

    [Fact]
    public void The_report_prints_status_and_result_in_its_table()
    {
        var plan = ExamplePlans.Plan(Par);
        var progress = new Progress { Tasks = [new TaskProgress { TaskId = "78/KH-UBND#PL1.I.3.1", Status = ProgressStatus.Completed, Result = "Đã ban hành" }] };

        var docx = FollowUpDocuments.RenderReport(PlanRenderer.Default, ProgressReports.Build(plan, Quarter1, progress));

        var rows = TaskRows(docx);
        var row = rows.Single(r => r[1].StartsWith("Xây dựng KH kiểm tra", StringComparison.Ordinal));
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Quý I", "Đã ban hành", "Hoàn thành"], row.Skip(2));
        Assert.Equal(4, rows.Count(r => r != row && r.Skip(4).All(cell => cell.Length == 0)));
    }

    [Fact]
    public void The_report_is_a_Báo_cáo_with_the_BC_symbol_its_period_in_the_title_and_the_four_sections()
    {
        var report = ProgressReports.Build(ExamplePlans.Plan(Par), Quarter1, new Progress
        {
            Number = 15,
            Date = new DateOnly(2026, 4, 2),
            Headings = new ReportHeadings { Proposals = "Kiến nghị" },
            Limitations = ["Một số đơn vị báo cáo chậm."],
        });

        var markup = FollowUpDocuments.RenderReportMarkup(PlanRenderer.Default, report);

        Assert.Contains("<number>15/BC-UBND</number>", markup, StringComparison.Ordinal);
        Assert.Contains("<kind>BÁO CÁO</kind>", markup, StringComparison.Ordinal);
        // The issuer's locality is a name the plan knows: no-break spaces keep it on one line.
        Assert.Contains("Kết quả thực hiện Kế hoạch số 78/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân xã\u00A0Vĩnh\u00A0Phong<br/>(quý I năm 2026)", markup, StringComparison.Ordinal);
        Assert.Equal(["KẾT QUẢ THỰC HIỆN", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "KIẾN NGHỊ"],
            report.Document.Sections.Select(s => s.Title));
        Assert.Contains("<p>Một số đơn vị báo cáo chậm.</p>", markup, StringComparison.Ordinal);
        Assert.Contains("(Kèm theo Báo cáo số 15/BC-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_validates_under_the_plan_rules_without_the_Kế_hoạch_only_ones_and_adds_no_error_of_its_own()
    {
        var plan = ExamplePlans.Plan(Par);
        var report = ProgressReports.Build(plan, Quarter1, new Progress { Number = 15, Date = new DateOnly(2026, 4, 2) });

        var diagnostics = PlanValidator.Validate(report.Document).Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Code == "KH0018");
        var planErrors = PlanValidator.Validate(plan).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToHashSet();
        Assert.All(diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Contains(d.Code, planErrors));

        // A report number the symbol rule rejects is still caught: the rules run on the report.
        var wrong = report.Document with { Letterhead = report.Document.Letterhead with { Symbol = "BC" } };
        Assert.Contains(PlanValidator.Validate(wrong).Diagnostics, d => d.Path.StartsWith("letterhead", StringComparison.Ordinal) && d.Severity != Severity.Info);
    }

    [Theory]
    [InlineData("quý I/2026", "quý I năm 2026", "2026-01-01", "2026-03-31")]
    [InlineData("6 tháng đầu năm", "6 tháng đầu năm 2026", "2026-01-01", "2026-06-30")]
    [InlineData("Năm 2026", "năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("9 tháng năm 2026", "9 tháng năm 2026", "2026-01-01", "2026-09-30")]
    [InlineData("tháng 9/2026", "tháng 9 năm 2026", "2026-09-01", "2026-09-30")]
    public void A_period_reads_with_its_printed_label(string text, string label, string from, string to)
    {
        var period = ReportPeriod.Parse(text, 2026);
        Assert.Equal(new ReportPeriod(label, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), period);
    }

    [Theory]
    [InlineData("hằng quý")]
    [InlineData("Thường xuyên")]
    [InlineData("khi có yêu cầu")]
    public void A_phrase_that_is_not_a_period_is_refused_with_examples(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(text, 2026));
        Assert.Contains("quý I/2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_errors_name_line_and_column()
    {
        const string Yaml = """
            period: quý I/2026
            summary: x
            tasks:
              "78/KH-UBND#PL9.1":
                status: Xong
              "78/KH-UBND#PL1.I.1":
                status: Xong rồi
            """;
        var error = Assert.Throws<PlanReadException>(() => ProgressReader.ReadYaml(Yaml, "progress.yaml", PlanTasks.Collect(ExamplePlans.Plan(Par)).Select(t => t.Id).ToList()));

        Assert.Equal([(2, 1), (4, 3), (7, 13)], error.Errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("unknown key \"summary\"", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("no task \"78/KH-UBND#PL9.1\"", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn", error.Errors[2].Message, StringComparison.Ordinal);
        Assert.All(error.Errors, e => Assert.Equal("progress.yaml", e.File));
    }

    [Fact]
    public void The_init_file_lists_every_task_id_and_reads_back_empty()
    {
        var plan = ExamplePlans.Plan(Par);
        var ids = PlanTasks.Collect(plan).Select(t => t.Id).ToList();

        var yaml = ProgressTemplate.Create(plan, "quý I/2026");
        var progress = ProgressReader.ReadYaml(yaml, "progress.yaml", ids);

        Assert.Equal(ids, progress.Tasks.Select(t => t.TaskId));
        Assert.All(progress.Tasks, t => Assert.True(t.Status is null && t.Result is null));
        Assert.Equal("quý I/2026", progress.Period);
    }

    [Fact]
    public void The_schema_allows_exactly_the_keys_the_reader_reads()
    {
        var schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "progress.schema.json")))!;
        var properties = (JsonObject)schema["properties"]!;

        Assert.Equal(ProgressReader.RootKeys.Order(), properties.Select(p => p.Key).Order());
        Assert.Equal(ProgressReader.HeadingKeys.Order(), ((JsonObject)properties["headings"]!["properties"]!).Select(p => p.Key).Order());
        var taskProperties = (JsonObject)properties["tasks"]!["additionalProperties"]!["properties"]!;
        Assert.Equal(ProgressReader.TaskKeys.Order(), taskProperties.Select(p => p.Key).Order());
        Assert.Equal(ProgressStatuses.All, ((JsonArray)taskProperties["status"]!["enum"]!).OfType<JsonNode>().Select(n => n.GetValue<string>()));
    }

    /// <summary>The appendix tasks of a plan in print order, subtasks after their parent (walked here, not by PlanTasks).</summary>
    private static IEnumerable<PlanTask> AllAppendixTasks(Plan plan)
    {
        static IEnumerable<PlanTask> Walk(IEnumerable<PlanTask> tasks) => tasks.SelectMany(t => Walk(t.Subtasks).Prepend(t));
        return plan.Appendices.SelectMany(a => a.Tables).SelectMany(t => Walk(t.Tasks).Concat(t.Groups.SelectMany(g => Walk(g.Tasks))));
    }

    /// <summary>Body bullets and paragraphs under a unit's section (as tasks of that unit) and then the appendix tasks.</summary>
    private static IEnumerable<PlanTask> AllWrittenTasks(Plan plan)
    {
        static IEnumerable<PlanTask> Body(Section section) => section.Content.SelectMany(block => block switch
        {
            SubsectionBlock sub => Body(sub.Section),
            TaskBlock task => [task.Task],
            BulletBlock bullet when section.Unit is not null => [new PlanTask { Text = bullet.Text, Lead = section.Unit }],
            ParagraphBlock paragraph when section.Unit is not null => [new PlanTask { Text = paragraph.Text, Lead = section.Unit }],
            _ => [],
        });
        return plan.Sections.SelectMany(Body).Concat(AllAppendixTasks(plan));
    }

    /// <summary>The cells of every task row of the last table in the document (the header row left out).</summary>
    private static List<List<string>> TaskRows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Last();
        return table.Elements<W.TableRow>().Skip(1)
            .Select(r => r.Elements<W.TableCell>().Select(c => Squash(string.Join(" ", c.Elements<W.Paragraph>().Select(p => DocxText.Of(p))))).ToList())
            .ToList();
    }

    private static List<string> TaskColumn(byte[] docx, int column) => TaskRows(docx).Select(r => r[column]).ToList();

    private static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\bquý I\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterOne();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
