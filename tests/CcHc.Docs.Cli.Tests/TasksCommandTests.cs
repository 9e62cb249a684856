using System.Text.Json.Nodes;
using CcHc.Docs.Cli.Calendar;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tasks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Ical.Net.DataTypes;

namespace CcHc.Docs.Cli.Tests;

public sealed class TasksCommandTests
{
    private const string Par = "vinh-phong-par-sipas-papi-2026.yaml";

    [Fact]
    public async Task The_table_groups_by_unit_with_every_task_once_per_lead()
    {
        var result = await Cli.RunAsync("tasks", Repository.Example(Par));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Phòng Văn hóa - Xã hội (", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Phòng Văn hóa – Xã hội (", result.Out, StringComparison.Ordinal);
        Assert.Contains("78/KH-UBND#PL1.I.3.1", result.Out, StringComparison.Ordinal);
        var count = PlanTasks.Collect(PlanReader.ReadFile(Repository.Example(Par))).Count;
        Assert.Contains($"{count} nhiệm vụ / tasks.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_deadline_orders_the_due_dates_and_puts_continuous_work_after_them()
    {
        var result = await Cli.RunAsync("tasks", Repository.Example(Par), "--by", "deadline");

        var headings = result.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && l.Contains('(')).Select(l => l[..l.LastIndexOf(" (", StringComparison.Ordinal)]).ToList();
        Assert.Equal(["Hạn 31/3/2026", "Hạn 30/6/2026", "Hạn 30/9/2026", "Hạn 31/12/2030", "Thường xuyên", "(không có thời gian thực hiện)"], headings);
    }

    [Fact]
    public async Task Csv_and_json_carry_one_record_per_task_with_ids_and_due_dates()
    {
        var plan = PlanReader.ReadFile(Repository.Example(Par));
        var tasks = PlanTasks.Collect(plan);

        var csv = await Cli.RunAsync("tasks", Repository.Example(Par), "--format", "csv");
        var json = await Cli.RunAsync("tasks", Repository.Example(Par), "--format", "json");

        Assert.StartsWith("id,number,source,lead,support,deadline,due,recurrence,continuous,product,text\n", csv.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("78/KH-UBND#PL1.I.3.1,3.1,appendix,Phòng Văn hóa - Xã hội,\"Các cơ quan, đơn vị có liên quan\",Quý I,2026-03-31,,false,", csv.Out, StringComparison.Ordinal);
        var array = (JsonArray)JsonNode.Parse(json.Out)!;
        Assert.Equal(tasks.Select(t => t.Id), array.Select(n => (string)n!["id"]!));
        var reporting = array.Single(n => (string)n!["id"]! == "78/KH-UBND#PL1.I.2")!;
        Assert.Equal(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"], ((JsonArray)reporting["milestones"]!).Select(m => (string)m!));
    }

    [Fact]
    public async Task The_ics_file_parses_back_with_one_event_per_dated_task_and_the_unit_and_plan_number_in_each()
    {
        using var folder = new TempFolder();
        var ics = folder.File("thoi-han.ics");
        var plan = PlanReader.ReadFile(Repository.Example(Par));
        // Independently of the calendar code: the appendix rows whose deadline names a quarter or a year range.
        var dated = PlanTasks.Collect(plan).Where(t => t.Deadline is { } d && (d.Contains("Quý", StringComparison.Ordinal) || d.Contains("2030", StringComparison.Ordinal))).ToList();

        var result = await Cli.RunAsync("tasks", Repository.Example(Par), "--ics", ics);

        Assert.Equal(0, result.ExitCode);
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(ics))!;
        Assert.Equal(dated.Select(t => TaskCalendar.Uid(t.Id)).Order(StringComparer.Ordinal), calendar.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
        foreach (var task in dated)
        {
            var e = calendar.Events.Single(x => x.Uid == TaskCalendar.Uid(task.Id));
            Assert.Contains("Cơ quan chủ trì: " + task.Lead, e.Description, StringComparison.Ordinal);
            Assert.Contains("Kế hoạch số 78/KH-UBND", e.Description, StringComparison.Ordinal);
            Assert.Equal(TaskCalendar.Summary(task), e.Summary);
            Assert.False(e.Start!.HasTime);
            Assert.Equal(task.Period!.Milestones[0], DateOnly.FromDateTime(e.Start.Value));
        }
        // "Quý I, 6 tháng, quý III và tổng kết năm": one event repeating at the end of every third month, four times.
        var reporting = calendar.Events.Single(x => x.Uid == TaskCalendar.Uid("78/KH-UBND#PL1.I.2"));
        Assert.Equal(Ical.Net.FrequencyType.Monthly, reporting.RecurrenceRule!.Frequency);
        Assert.Equal((3, 4, -1), (reporting.RecurrenceRule.Interval, reporting.RecurrenceRule.Count!.Value, reporting.RecurrenceRule.ByMonthDay.Single()));
    }

    [Fact]
    public async Task Hằng_quý_becomes_a_recurring_event_whose_occurrences_are_the_quarter_ends()
    {
        using var folder = new TempFolder();
        var planPath = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");
        var plan = PlanReader.ReadFile(planPath);
        var task = new PlanTask { Text = "Báo cáo tiến độ", Lead = "Văn phòng", Deadline = "Hằng quý" };
        var tasks = PlanTasks.Collect(plan with { Appendices = [new Appendix { Title = "X", Tables = [new AppendixTable { Tasks = [task] }] }] });

        var text = TaskCalendar.Write(plan, tasks.Where(t => t.Deadline == "Hằng quý"));

        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        var year = plan.Letterhead.IssueYear!.Value;
        var occurrences = e.GetOccurrences(new CalDateTime(year, 1, 1)).Select(o => DateOnly.FromDateTime(o.Period.StartTime.Value)).Take(10).ToList();
        Assert.Equal([new DateOnly(year, 3, 31), new DateOnly(year, 6, 30), new DateOnly(year, 9, 30), new DateOnly(year, 12, 31)], occurrences);
    }

    [Fact]
    public async Task Unit_with_output_writes_a_valid_landscape_assignment_sheet_of_that_unit()
    {
        using var folder = new TempFolder();
        var output = folder.File("phan-cong.docx");

        var result = await Cli.RunAsync("tasks", Repository.Example(Par), "--unit", "Phòng VH-XH", "-o", output);

        Assert.Equal(0, result.ExitCode);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("NHIỆM VỤ GIAO PHÒNG VĂN HÓA - XÃ HỘI", text, StringComparison.Ordinal);
        Assert.Contains("Xây dựng KH kiểm tra", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cổng thông tin điện tử đáp ứng", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_lists_the_units_and_output_without_unit_is_a_usage_error()
    {
        var unknown = await Cli.RunAsync("tasks", Repository.Example(Par), "--unit", "Phòng Tư pháp");
        var noUnit = await Cli.RunAsync("tasks", Repository.Example(Par), "-o", "x.docx");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no task is led by \"Phòng Tư pháp\"", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("Phòng Kinh tế", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, noUnit.ExitCode);
        Assert.Contains("--unit", noUnit.Error, StringComparison.Ordinal);
    }
}
