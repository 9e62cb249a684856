using CcHc.Docs.Cli.Output;
using CcHc.Docs.Import;
using CcHc.Docs.Validation;
using CcHc.Docs.Validation.Layout;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc validate plan.docx</c>: the NĐ30 layout rules of the file itself, then the content rules over the
/// plan imported from it. Diagnostics print as "plan.docx: paragraph 12: warning KH1004: …" (layout) and
/// "plan.docx: sections[1].title: warning KH0019: …" (content, by the imported plan's path).
/// </summary>
internal static class DocxValidation
{
    public static (int Errors, int Warnings, int Infos, int ExitCode) Run(CliConsole console, string path, ErrorReporter errors)
    {
        if (!File.Exists(path))
        {
            errors.Unlocated(path, "file not found.");
            return (1, 0, 0, ExitCodes.Usage);
        }
        var diagnostics = new List<Diagnostic>();
        var exitCode = ExitCodes.Success;
        try
        {
            using (var stream = File.OpenRead(path))
            {
                diagnostics.AddRange(DocxLayoutValidator.Validate(stream).Diagnostics);
            }
            var imported = PlanImporter.ImportFile(path);
            diagnostics.AddRange(PlanValidator.Validate(imported.Plan).Diagnostics);
        }
        catch (Exception e) when (e is PlanImportException or InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            exitCode = e is PlanImportException ? errors.Report(e, path) : ReportUnreadable(errors, path, e);
            return (1, 0, 0, exitCode);
        }
        foreach (var diagnostic in diagnostics)
        {
            console.Out.WriteLine($"{path}: {diagnostic}");
        }
        var errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        return (errorCount, diagnostics.Count(d => d.Severity == Severity.Warning), diagnostics.Count(d => d.Severity == Severity.Info),
            errorCount > 0 ? ExitCodes.PlanErrors : exitCode);
    }

    private static int ReportUnreadable(ErrorReporter errors, string path, Exception e)
    {
        errors.Unlocated(path, $"không đọc được tệp Word ({e.Message}); mở bằng Word hoặc LibreOffice và lưu lại dạng .docx.");
        return ExitCodes.PlanErrors;
    }
}
