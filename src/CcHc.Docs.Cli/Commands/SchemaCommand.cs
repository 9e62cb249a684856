using System.CommandLine;
using System.Text;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Cli.Commands;

/// <summary><c>cchc schema [-o plan.schema.json]</c>: the JSON Schema of the plan format, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp để ghi lược đồ; mặc định: in ra màn hình / the file to write; default: standard output",
            HelpName = "file",
        };
        var command = new Command("schema",
            "Lược đồ JSON Schema của tệp kế hoạch, cho trình soạn thảo / the JSON Schema of plan files, for editors.\n\n" +
            "Example:\n  cchc schema -o plan.schema.json   # beside the plans; `cchc new` points them at it")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var bytes = PlanSchema.Bytes();
            var path = parse.GetValue(output);
            if (path is null)
            {
                console.Out.Write(Encoding.UTF8.GetString(bytes));
                return ExitCodes.Success;
            }
            try
            {
                AtomicFile.Write(path, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new ErrorReporter(console.Error).Report(e, path);
            }
            console.Out.WriteLine($"Wrote {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
