using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc markup plan.yaml [-t folder]</c>: prints the markup the .sbn templates emit, before it becomes a Word file.
/// A Word template has no markup: asking for it is a usage error that says to render instead.
/// </summary>
internal static class MarkupCommand
{
    public static Command Create(CliConsole console)
    {
        var plan = new Argument<string>("plan") { Description = "Tệp kế hoạch / plan file (.yaml, .yml, .json)" }.RejectOptionLikeValues();
        var settings = new RenderSettings();
        var command = new Command("markup",
            "In mã đánh dấu trung gian mà mẫu tạo ra (để sửa mẫu) / print the intermediate markup, for template authors.\n\n" +
            "Example:\n  cchc markup ke-hoach.yaml -t my-templates > ke-hoach.xml")
        {
            plan,
        };
        settings.AddTo(command, withProfile: false);
        command.SetAction((parse, cancellationToken) =>
        {
            var errors = new ErrorReporter(console.Error);
            var path = parse.GetRequiredValue(plan);
            PlanRenderer renderer;
            try
            {
                renderer = settings.CreateRenderer(parse);
            }
            catch (IOException e)
            {
                errors.Unlocated(null, e.Message);
                return Task.FromResult(ExitCodes.Usage);
            }
            if (renderer.UsesWordTemplate())
            {
                errors.Unlocated(null, $"-t '{parse.GetValue(settings.Templates)}' gives a Word template (.docx), which has no markup: its tags fill the Word file directly. " +
                    "Use 'cchc render plan.yaml -t <template.docx> -o out.docx' and open the result; 'cchc markup' shows what .sbn templates print.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var document = PlanInput.TryRead(path, errors, out var readCode);
            if (document is null)
            {
                return Task.FromResult(readCode);
            }
            try
            {
                console.Out.Write(renderer.RenderMarkup(document.Plan, cancellationToken: cancellationToken));
                return Task.FromResult(ExitCodes.Success);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Task.FromResult(errors.Report(e, path));
            }
        });
        return command;
    }
}
