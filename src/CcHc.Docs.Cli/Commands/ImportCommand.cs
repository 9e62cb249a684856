using System.CommandLine;
using System.Globalization;
using System.Text;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Import;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc import old.docx [-o new.yaml] [--year 2027]</c>: an existing Kế hoạch (.docx, .txt, or .doc/.odt/.rtf
/// through LibreOffice) to the project's YAML, with the import report as "# kiểm tra: …" comments.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("file")
        {
            Description = "Kế hoạch đã có / an existing plan: .docx, .txt, hoặc .doc/.odt/.rtf (cần LibreOffice)",
        }.RejectOptionLikeValues();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp .yaml ghi ra; mặc định: cạnh tệp gốc / the YAML file to write (default: beside the input)",
            HelpName = "file",
        };
        var year = new Option<int?>("--year")
        {
            Description = "Chuyển kế hoạch sang năm này (tên, chỉ tiêu, thời hạn; bỏ số và ngày) / move the plan to this year, as a draft",
            HelpName = "year",
        };
        var command = new Command("import",
            "Nhập kế hoạch đã có thành tệp YAML để sửa và xuất lại / import an existing plan to YAML.\n" +
            "Each guess is written as a \"# kiểm tra: đoạn N: …\" comment above the value it concerns.\n\n" +
            "Examples:\n  cchc import ke-hoach-2026.docx -o ke-hoach-2027.yaml --year 2027\n  cchc import ke-hoach.txt")
        {
            input,
            output,
            year,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(console, parse.GetRequiredValue(input), parse.GetValue(output), parse.GetValue(year))));
        return command;
    }

    private static int Run(CliConsole console, string input, string? output, int? year)
    {
        var errors = new ErrorReporter(console.Error);
        if (!File.Exists(input))
        {
            errors.Unlocated(input, Directory.Exists(input) ? "is a folder; give a .docx, .txt, .doc, .odt or .rtf file." : "file not found.");
            return ExitCodes.Usage;
        }
        if (year is < 1900 or > 2200)
        {
            errors.Unlocated(null, $"--year {year}: give a year such as 2027.");
            return ExitCodes.Usage;
        }
        var target = output ?? Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".yaml");
        if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(input), StringComparison.OrdinalIgnoreCase))
        {
            errors.Unlocated(input, "the output would overwrite the input; give -o another file.");
            return ExitCodes.Usage;
        }
        ImportResult result;
        try
        {
            result = PlanImporter.ImportFile(input);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return errors.Report(e, input);
        }
        IReadOnlyList<ImportNote> changes = [];
        if (year is { } to)
        {
            var (moved, notes) = YearShift.Apply(result.Plan, to);
            result = result with { Plan = moved };
            changes = notes;
        }
        var yaml = ImportYaml.Write(result, changes);
        try
        {
            AtomicFile.Write(target, Encoding.UTF8.GetBytes(yaml + "\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return errors.Report(e, target);
        }
        var guesses = result.Report.Guesses.ToList();
        foreach (var note in guesses.Concat(changes))
        {
            console.Out.WriteLine($"{input}: {note}");
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target}: {result.Report.Notes.Count(n => n.Kind == ImportNoteKind.Recognised)} phần nhận ra, {guesses.Count} chỗ cần kiểm tra, {changes.Count} thay đổi — wrote {target}."));
        return ExitCodes.Success;
    }
}
