using System.CommandLine;
using System.Globalization;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc validate plan.yaml...</c>: checks plans against NĐ30 and the plan rules; prints diagnostics as a compiler
/// does (<c>file:line:col: error KH0012: message</c>) and a summary line; exit 1 when any error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var plans = new Argument<string[]>("plans")
        {
            Description = "Tệp kế hoạch / plan files (.yaml, .yml, .json), hoặc văn bản Word đã soạn / or finished .docx files",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptionLikeValues();
        var command = new Command("validate",
            "Kiểm tra kế hoạch (số, ngày, căn cứ, phụ lục, thể thức NĐ30) / check plans before signing.\n" +
            "Prints file:line:col: error KH0012: message; exits 1 when a plan has an error.\n" +
            "A .docx is imported and checked too, plus NĐ30 layout (KH1001–KH1012, located by paragraph).\n\n" +
            "Example:\n  cchc validate ke-hoach.yaml\n  cchc validate plans/*.yaml\n  cchc validate ke-hoach-da-ky.docx")
        {
            plans,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(console, parse.GetRequiredValue(plans), cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, string[] plans, CancellationToken cancellationToken)
    {
        var errors = new ErrorReporter(console.Error);
        var exitCode = ExitCodes.Success;
        int errorCount = 0, warningCount = 0, infoCount = 0;
        foreach (var path in plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                var docx = DocxValidation.Run(console, path, errors);
                errorCount += docx.Errors;
                warningCount += docx.Warnings;
                infoCount += docx.Infos;
                exitCode = ExitCodes.Worst(exitCode, docx.ExitCode);
                continue;
            }
            var document = PlanInput.TryRead(path, errors, out var readCode);
            if (document is null)
            {
                exitCode = ExitCodes.Worst(exitCode, readCode);
                errorCount++;
                continue;
            }
            var report = PlanValidator.Validate(document.Plan, document.SourceMap);
            foreach (var diagnostic in report.Diagnostics)
            {
                console.Out.WriteLine(diagnostic.ToString());
            }
            errorCount += report.ErrorCount;
            warningCount += report.WarningCount;
            infoCount += report.InfoCount;
            if (report.HasErrors)
            {
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.PlanErrors);
            }
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{errorCount} lỗi, {warningCount} cảnh báo, {infoCount} lưu ý — {errorCount} error(s), {warningCount} warning(s), {infoCount} info(s) in {plans.Length} file(s)."));
        return exitCode;
    }
}
