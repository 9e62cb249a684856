using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Cli.Commands;

/// <summary><c>cchc render plan.yaml... [-t folder] [-o file|folder] [--profile 13|14] [--check] [--force]</c>: plans to .docx files.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var plans = new Argument<string[]>("plans")
        {
            Description = "Tệp kế hoạch .yaml, .yml hoặc .json / plan files",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptionLikeValues();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp .docx (một kế hoạch) hoặc thư mục (nhiều kế hoạch); mặc định: cạnh tệp kế hoạch / output file, or folder for several plans",
            HelpName = "file|folder",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Kiểm tra trước khi xuất; không xuất kế hoạch có lỗi (cảnh báo vẫn xuất) / validate first and refuse plans with errors (warnings never block)",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Ghi đè cả tệp .docx chỉ đọc / also replace a read-only output file",
        };
        var settings = new RenderSettings();
        var command = new Command("render",
            "Xuất kế hoạch ra tệp Word (.docx) theo NĐ30 / render plans to Word files.\n\n" +
            "Examples:\n  cchc render ke-hoach.yaml\n  cchc render ke-hoach.yaml --check\n  cchc render ke-hoach.yaml -o ban-in.docx --profile 13\n  cchc render plans/*.yaml -o out/ -t my-templates\n  cchc render ke-hoach.yaml -t my-template.docx")
        {
            plans,
            output,
            check,
            force,
        };
        settings.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(console, parse.GetRequiredValue(plans), parse.GetValue(output), new RenderFlags(parse.GetValue(check), parse.GetValue(force)), settings, parse, cancellationToken)));
        return command;
    }

    private sealed record RenderFlags(bool Check, bool Force);

    private static int Run(CliConsole console, string[] plans, string? output, RenderFlags flags, RenderSettings settings, ParseResult parse, CancellationToken cancellationToken)
    {
        var progress = new ProgressDisplay(console.Out, !console.IsOutputRedirected, plans.Length);
        var errors = new ErrorReporter(console.Error, progress.Clear);
        var targets = OutputPaths.Resolve(plans, output, ".docx", out var problem);
        if (targets is null)
        {
            errors.Unlocated(null, problem!);
            return ExitCodes.Usage;
        }
        PlanRenderer renderer;
        try
        {
            renderer = settings.CreateRenderer(parse);
        }
        catch (IOException e)
        {
            errors.Unlocated(null, e.Message);
            return ExitCodes.Usage;
        }

        var exitCode = ExitCodes.Success;
        var rendered = 0;
        for (var i = 0; i < plans.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Starting(plans[i]);
            var code = RenderOne(renderer, plans[i], targets[i], flags, errors, progress, cancellationToken);
            if (code == ExitCodes.Success)
            {
                progress.Finished($"{plans[i]} → {targets[i]}");
                rendered++;
            }
            exitCode = ExitCodes.Worst(exitCode, code);
        }
        if (plans.Length > 1)
        {
            console.Out.WriteLine($"Rendered {rendered} of {plans.Length} plans.");
        }
        return exitCode;
    }

    private static int RenderOne(PlanRenderer renderer, string plan, string target, RenderFlags flags, ErrorReporter errors, ProgressDisplay progress, CancellationToken cancellationToken)
    {
        var document = PlanInput.TryRead(plan, errors, out var readCode);
        if (document is null)
        {
            progress.Failed();
            return readCode;
        }
        if (flags.Check)
        {
            var report = PlanValidator.Validate(document.Plan, document.SourceMap);
            foreach (var diagnostic in report.Diagnostics)
            {
                errors.Line(diagnostic.ToString());
            }
            if (report.HasErrors)
            {
                progress.Failed();
                errors.Unlocated(plan, $"not rendered: {report.ErrorCount} validation error(s); fix them or render without --check.");
                return ExitCodes.PlanErrors;
            }
        }
        try
        {
            var bytes = renderer.RenderToBytes(document.Plan, cancellationToken: cancellationToken);
            AtomicFile.Write(target, bytes, replaceReadOnly: flags.Force);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            progress.Failed();
            return errors.Report(e, plan);
        }
    }
}
