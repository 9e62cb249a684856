using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary><c>cchc templates export folder [--force]</c>: copies the default templates out for customising.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "Thư mục đích (tạo nếu chưa có) / destination folder, created if needed" }.RejectOptionLikeValues();
        var force = new Option<bool>("--force") { Description = "Ghi đè tệp đã có / overwrite existing files" };
        var docx = new Option<bool>("--docx") { Description = "Xuất mẫu Word ke-hoach.docx (thẻ Scriban trong Word) thay cho các mẫu .sbn / write the NĐ30 Word template ke-hoach.docx instead of the .sbn templates" };
        var export = new Command("export",
            "Chép các mẫu mặc định ra thư mục để sửa / copy the default templates into a folder to customise them.\n\n" +
            "Example:\n  cchc templates export my-templates\n  cchc render ke-hoach.yaml -t my-templates\n" +
            "  cchc templates export --docx my-templates\n  cchc render ke-hoach.yaml -t my-templates/ke-hoach.docx")
        {
            folder,
            force,
            docx,
        };
        export.SetAction(parse =>
        {
            var errors = new ErrorReporter(console.Error);
            var target = parse.GetRequiredValue(folder);
            if (PlanRenderer.DefaultTemplateNames.Count == 0)
            {
                errors.Unlocated(null, "this build of cchc holds no default templates.");
                return ExitCodes.Failure;
            }
            if (File.Exists(target))
            {
                errors.Unlocated(target, "is a file; give a folder.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(docx))
            {
                return ExportWordTemplate(console, errors, target, parse.GetValue(force));
            }
            var existing = PlanRenderer.DefaultTemplateNames
                .Select(name => Path.Combine(target, name + ".sbn"))
                .Where(File.Exists)
                .ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                errors.Unlocated(existing[0], $"already exists ({existing.Count} of the templates do); pass --force to overwrite.");
                return ExitCodes.Usage;
            }
            try
            {
                foreach (var path in PlanRenderer.ExportDefaultTemplates(target, overwrite: true))
                {
                    console.Out.WriteLine(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return errors.Report(e, target);
            }
            return ExitCodes.Success;
        });
        return new Command("templates",
            "Làm việc với mẫu văn bản / work with the document templates.\n\nExample:\n  cchc templates export my-templates")
        {
            export,
        };
    }

    private static int ExportWordTemplate(CliConsole console, ErrorReporter errors, string folder, bool force)
    {
        try
        {
            console.Out.WriteLine(PlanRenderer.ExportWordTemplate(folder, overwrite: force));
            return ExitCodes.Success;
        }
        catch (IOException e) when (!force && e is not DirectoryNotFoundException)
        {
            errors.Unlocated(Path.Combine(folder, "ke-hoach.docx"), "already exists; pass --force to overwrite.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return errors.Report(e, folder);
        }
    }
}
