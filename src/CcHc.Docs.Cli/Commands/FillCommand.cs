using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;
using CcHc.Docs.WordTemplates;

namespace CcHc.Docs.Cli.Commands;

/// <summary><c>cchc fill template.docx data.yaml [-o out.docx]</c>: fills any Word template with YAML or JSON data.</summary>
internal static class FillCommand
{
    public static Command Create(CliConsole console)
    {
        var template = new Argument<string>("template") { Description = "Mẫu Word có thẻ {{ }} / a Word template with Scriban tags (.docx)" }.RejectOptionLikeValues();
        var data = new Argument<string>("data") { Description = "Dữ liệu .yaml, .yml hoặc .json / the data" }.RejectOptionLikeValues();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp .docx kết quả; mặc định: cạnh tệp dữ liệu / output file, default: beside the data file",
            HelpName = "file",
        };
        var command = new Command("fill",
            "Điền dữ liệu vào một mẫu Word (giấy mời, quyết định, danh sách…) / fill a Word template with YAML or JSON data.\n\n" +
            "Example:\n  cchc fill giay-moi.docx khach-moi.yaml -o giay-moi-da-dien.docx")
        {
            template,
            data,
            output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var errors = new ErrorReporter(console.Error);
            var templatePath = parse.GetRequiredValue(template);
            var dataPath = parse.GetRequiredValue(data);
            var target = parse.GetValue(output) ?? Path.ChangeExtension(dataPath, ".docx");
            if (Path.GetFullPath(target) == Path.GetFullPath(templatePath))
            {
                errors.Unlocated(target, "is the template itself; give another output file with -o.");
                return Task.FromResult(ExitCodes.Usage);
            }
            try
            {
                var model = TemplateData.ReadFile(dataPath);
                DocxTemplate.Load(templatePath).RenderToFile(model, target, cancellationToken: cancellationToken);
                console.Out.WriteLine($"{templatePath} + {dataPath} → {target}");
                return Task.FromResult(ExitCodes.Success);
            }
            catch (InvalidDataException e)
            {
                errors.Line(e.Message.Contains(": ", StringComparison.Ordinal) ? $"{e.Message}" : $"{dataPath}: error: {e.Message}");
                return Task.FromResult(ExitCodes.PlanErrors);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Task.FromResult(errors.Report(e, dataPath));
            }
        });
        return command;
    }
}
