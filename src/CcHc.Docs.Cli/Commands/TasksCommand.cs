using System.CommandLine;
using CcHc.Docs.Cli.Calendar;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;
using CcHc.Docs.Reports;
using CcHc.Docs.Tasks;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc tasks plan.yaml [--by unit|deadline] [--format table|csv|json] [--unit NAME] [--ics file] [-o sheet.docx]</c>:
/// the plan's tasks as a list, a calendar of deadlines, or one unit's assignment sheet.
/// </summary>
internal static class TasksCommand
{
    public static Command Create(CliConsole console)
    {
        var plan = new Argument<string>("plan") { Description = "Tệp kế hoạch / plan file (.yaml, .yml, .json)" }.RejectOptionLikeValues();
        var by = new Option<string>("--by") { Description = "Nhóm theo đơn vị hoặc thời hạn / group by unit or deadline", DefaultValueFactory = _ => "unit", HelpName = "unit|deadline" };
        by.AcceptOnlyFromAmong("unit", "deadline");
        var format = new Option<string>("--format") { Description = "Bảng, CSV hoặc JSON / output format", DefaultValueFactory = _ => "table", HelpName = "table|csv|json" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var unit = new Option<string?>("--unit") { Description = "Chỉ nhiệm vụ do đơn vị này chủ trì (mọi cách viết) / only the tasks this unit leads", HelpName = "name" };
        var ics = new Option<string?>("--ics") { Description = "Ghi lịch thời hạn (.ics) / write the deadlines as an iCalendar file", HelpName = "file" };
        var output = new Option<string?>("--output", "-o") { Description = "Với --unit: ghi bảng phân công nhiệm vụ (.docx) / with --unit: write the unit's assignment sheet", HelpName = "file.docx" };
        var settings = new RenderSettings();
        var command = new Command("tasks",
            "Danh sách nhiệm vụ, lịch thời hạn và phân công theo đơn vị / the plan's tasks, deadlines and assignments.\n\n" +
            "Examples:\n  cchc tasks ke-hoach.yaml\n  cchc tasks ke-hoach.yaml --by deadline\n  cchc tasks ke-hoach.yaml --format csv > nhiem-vu.csv\n" +
            "  cchc tasks ke-hoach.yaml --ics thoi-han.ics\n  cchc tasks ke-hoach.yaml --unit \"Phòng Văn hóa - Xã hội\" -o phan-cong.docx")
        {
            plan, by, format, unit, ics, output,
        };
        settings.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(console, parse, parse.GetRequiredValue(plan), parse.GetValue(by) == "deadline",
            parse.GetValue(format)!, parse.GetValue(unit), parse.GetValue(ics), parse.GetValue(output), settings, cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, ParseResult parse, string path, bool byDeadline, string format, string? unit, string? ics, string? output, RenderSettings settings, CancellationToken cancellationToken)
    {
        var errors = new ErrorReporter(console.Error);
        if (output is not null && unit is null)
        {
            errors.Unlocated(null, "-o writes one unit's assignment sheet; give the unit with --unit \"…\" (list the units with `cchc tasks plan.yaml`).");
            return ExitCodes.Usage;
        }
        var document = PlanInput.TryRead(path, errors, out var readCode);
        if (document is null)
        {
            return readCode;
        }
        var tasks = PlanTasks.Collect(document.Plan);
        if (unit is not null)
        {
            var found = PlanTasks.ForUnit(tasks, unit);
            if (found is null)
            {
                errors.Unlocated(path, $"no task is led by \"{unit}\". Units: {string.Join("; ", PlanTasks.ByUnit(tasks).Select(u => u.Unit.Original))}.");
                return ExitCodes.Usage;
            }
            tasks = found.Tasks;
        }
        try
        {
            if (ics is not null)
            {
                AtomicFile.Write(ics, System.Text.Encoding.UTF8.GetBytes(TaskCalendar.Write(document.Plan, tasks)));
                console.Out.WriteLine($"{path} → {ics}");
            }
            if (output is not null)
            {
                var renderer = settings.CreateRenderer(parse);
                AtomicFile.Write(output, FollowUpDocuments.RenderAssignment(renderer, document.Plan, unit!, cancellationToken));
                console.Out.WriteLine($"{path} → {output}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return errors.Report(e, path);
        }
        if (ics is null && output is null)
        {
            switch (format)
            {
                case "csv":
                    TaskListWriter.Csv(console.Out, tasks);
                    break;
                case "json":
                    TaskListWriter.Json(console.Out, tasks);
                    break;
                default:
                    TaskListWriter.Table(console.Out, tasks, byDeadline);
                    break;
            }
        }
        return ExitCodes.Success;
    }
}
