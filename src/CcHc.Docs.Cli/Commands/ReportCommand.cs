using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;
using CcHc.Docs.Reports;
using CcHc.Docs.Tasks;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc report plan.yaml --period "quý I/2026" [--progress progress.yaml] [-o bao-cao.docx]</c>: the Báo cáo kết quả
/// thực hiện of the plan for a period; <c>--init</c> writes a progress.yaml pre-filled with every task id instead.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var plan = new Argument<string>("plan") { Description = "Tệp kế hoạch / plan file (.yaml, .yml, .json)" }.RejectOptionLikeValues();
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo / the period: \"quý I/2026\", \"6 tháng đầu năm 2026\", \"năm 2026\"", HelpName = "period" };
        var progress = new Option<string?>("--progress") { Description = "Tiến độ của các đơn vị / the units' progress file (see --init)", HelpName = "progress.yaml" };
        var init = new Option<bool>("--init") { Description = "Ghi progress.yaml có sẵn mã mọi nhiệm vụ / write a progress.yaml listing every task id" };
        var force = new Option<bool>("--force") { Description = "Với --init: ghi đè / with --init: overwrite an existing file" };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp kết quả / output file (.docx; progress.yaml with --init)", HelpName = "file" };
        var settings = new RenderSettings();
        var command = new Command("report",
            "Báo cáo kết quả thực hiện kế hoạch theo kỳ / the plan's progress report for a period.\n\n" +
            "Examples:\n  cchc report ke-hoach.yaml --init --period \"quý I/2026\" -o tien-do.yaml\n" +
            "  cchc report ke-hoach.yaml --period \"quý I/2026\" --progress tien-do.yaml -o bao-cao.docx")
        {
            plan, period, progress, init, force, output,
        };
        settings.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(console, parse, parse.GetRequiredValue(plan), parse.GetValue(period),
            parse.GetValue(progress), parse.GetValue(init), parse.GetValue(force), parse.GetValue(output), settings, cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, ParseResult parse, string path, string? periodText, string? progressPath, bool init, bool force, string? output, RenderSettings settings, CancellationToken cancellationToken)
    {
        var errors = new ErrorReporter(console.Error);
        var document = PlanInput.TryRead(path, errors, out var readCode);
        if (document is null)
        {
            return readCode;
        }
        var folder = Path.GetDirectoryName(path) ?? "";
        if (init)
        {
            var target = output ?? Path.Combine(folder, "progress.yaml");
            if (File.Exists(target) && !force)
            {
                errors.Unlocated(target, "already exists; pass --force to overwrite it.");
                return ExitCodes.Usage;
            }
            AtomicFile.Write(target, System.Text.Encoding.UTF8.GetBytes(ProgressTemplate.Create(document.Plan, periodText)));
            console.Out.WriteLine($"{path} → {target}");
            return ExitCodes.Success;
        }
        try
        {
            Progress? progress = null;
            if (progressPath is not null)
            {
                if (!File.Exists(progressPath))
                {
                    errors.Unlocated(progressPath, "file not found.");
                    return ExitCodes.Usage;
                }
                progress = ProgressReader.ReadFile(progressPath, PlanTasks.Collect(document.Plan).Select(t => t.Id).ToList());
            }
            periodText ??= progress?.Period;
            if (string.IsNullOrWhiteSpace(periodText))
            {
                errors.Unlocated(null, "give the period with --period \"quý I/2026\" (or period: in the progress file).");
                return ExitCodes.Usage;
            }
            ReportPeriod period;
            try
            {
                period = ReportPeriod.Parse(periodText, document.Plan.Letterhead.IssueYear ?? DateTime.Now.Year);
            }
            catch (FormatException e)
            {
                errors.Unlocated(null, e.Message);
                return ExitCodes.Usage;
            }
            var report = ProgressReports.Build(document.Plan, period, progress);
            var target = output ?? Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".bao-cao.docx");
            AtomicFile.Write(target, FollowUpDocuments.RenderReport(settings.CreateRenderer(parse), report, cancellationToken));
            console.Out.WriteLine($"{path} → {target} ({report.Rows.Count} nhiệm vụ đến hạn {period.Label})");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return errors.Report(e, progressPath ?? path);
        }
    }
}
