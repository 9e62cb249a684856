using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Cli.Starters;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Cli.Commands;

/// <summary><c>cchc new [--kind ke-hoach] file [--force]</c>: writes a commented starter plan that renders as is.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "Tệp kế hoạch mới (.yaml) / the new plan file" }.RejectOptionLikeValues();
        var kind = new Option<string>("--kind")
        {
            Description = "Loại văn bản / document kind",
            DefaultValueFactory = _ => "ke-hoach",
        };
        kind.AcceptOnlyFromAmong([.. StarterPlans.Kinds]);
        var force = new Option<bool>("--force") { Description = "Ghi đè nếu tệp đã có / overwrite an existing file" };
        var command = new Command("new",
            "Tạo kế hoạch mẫu có chú thích từng trường / write a commented starter plan to fill in.\n\n" +
            "Example:\n  cchc new ke-hoach-cchc-2026.yaml\n  cchc render ke-hoach-cchc-2026.yaml")
        {
            file,
            kind,
            force,
        };
        command.SetAction(parse =>
        {
            var errors = new ErrorReporter(console.Error);
            var path = parse.GetRequiredValue(file);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".yaml" or ".yml"))
            {
                errors.Unlocated(path, "name the file .yaml or .yml (the starter is YAML with comments).");
                return ExitCodes.Usage;
            }
            if (Directory.Exists(path))
            {
                errors.Unlocated(path, "is a folder.");
                return ExitCodes.Usage;
            }
            if (File.Exists(path) && !parse.GetValue(force))
            {
                errors.Unlocated(path, "already exists; pass --force to overwrite it.");
                return ExitCodes.Usage;
            }
            // The starter's first line points editors at plan.schema.json beside it; write that too unless it exists.
            var schema = Path.Combine(Path.GetDirectoryName(path) ?? "", PlanSchema.FileName);
            var writeSchema = !File.Exists(schema);
            try
            {
                AtomicFile.Write(path, StarterPlans.Read(parse.GetRequiredValue(kind)));
                if (writeSchema)
                {
                    AtomicFile.Write(schema, PlanSchema.Bytes());
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return errors.Report(e, path);
            }
            var also = writeSchema ? $" and {schema} (for completion in editors)" : "";
            console.Out.WriteLine($"Wrote {path}{also}. Fill it in, then: cchc validate {path} && cchc render {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
