using System.CommandLine;
using CcHc.Docs.Cli.Output;
using CcHc.Docs.Cli.Preview;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary>
/// <c>cchc preview plan.yaml [-o out.pdf|out.png]</c>: renders the plan, then converts it with LibreOffice to PDF
/// (and with pdftoppm to a PNG of the first page) to look at it without Word.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CliConsole console)
    {
        var plan = new Argument<string>("plan") { Description = "Tệp kế hoạch / plan file (.yaml, .yml, .json)" }.RejectOptionLikeValues();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Tệp .pdf hoặc .png (trang đầu); mặc định: <kế hoạch>.pdf / a .pdf, or a .png of the first page",
            HelpName = "file",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Thời gian chờ LibreOffice tối đa (giây) / seconds to wait for LibreOffice",
            DefaultValueFactory = _ => 120,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 3600)
            {
                result.AddError("--timeout must be between 1 and 3600 seconds.");
            }
        });
        var settings = new RenderSettings();
        var command = new Command("preview",
            "Xem trước: xuất .docx rồi chuyển sang PDF/PNG bằng LibreOffice / render, then convert through LibreOffice.\n" +
            "Needs soffice (apt-get install libreoffice-writer-nogui) and, for PNG, pdftoppm (apt-get install poppler-utils).\n\n" +
            "Examples:\n  cchc preview ke-hoach.yaml\n  cchc preview ke-hoach.yaml -o trang-dau.png")
        {
            plan,
            output,
            timeout,
        };
        settings.AddTo(command, withTimeout: false);
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new PreviewRequest(parse.GetRequiredValue(plan), parse.GetValue(output), TimeSpan.FromSeconds(parse.GetValue(timeout)));
            return RunAsync(console, request, settings, parse, cancellationToken);
        });
        return command;
    }

    private sealed record PreviewRequest(string Plan, string? Output, TimeSpan Timeout);

    private static async Task<int> RunAsync(CliConsole console, PreviewRequest request, RenderSettings settings, ParseResult parse, CancellationToken cancellationToken)
    {
        var errors = new ErrorReporter(console.Error);
        var target = request.Output ?? Path.Combine(Path.GetDirectoryName(request.Plan) ?? "", Path.GetFileNameWithoutExtension(request.Plan) + ".pdf");
        var png = Path.GetExtension(target).Equals(".png", StringComparison.OrdinalIgnoreCase);
        if (!png && !Path.GetExtension(target).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            errors.Unlocated(target, "the preview must be a .pdf or a .png file.");
            return ExitCodes.Usage;
        }
        var path = console.GetEnvironmentVariable("PATH");
        var soffice = ExternalTool.Find(path, "soffice", "libreoffice");
        if (soffice is null)
        {
            errors.Unlocated(null, "LibreOffice (soffice) is not installed; install it with: sudo apt-get install libreoffice-writer-nogui"
                + (png ? " poppler-utils" : ""));
            return ExitCodes.Usage;
        }
        var pdftoppm = png ? ExternalTool.Find(path, "pdftoppm") : null;
        if (png && pdftoppm is null)
        {
            errors.Unlocated(null, "pdftoppm is not installed (needed for .png); install it with: sudo apt-get install poppler-utils");
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
        var document = PlanInput.TryRead(request.Plan, errors, out var readCode);
        if (document is null)
        {
            return readCode;
        }
        byte[] docx;
        try
        {
            docx = renderer.RenderToBytes(document.Plan, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return errors.Report(e, request.Plan);
        }

        var work = Directory.CreateTempSubdirectory("cchc-preview-");
        try
        {
            var converter = new PreviewConverter(work.FullName, request.Timeout, cancellationToken);
            var (result, problem) = await converter.ConvertAsync(docx, soffice, pdftoppm).ConfigureAwait(false);
            if (result is null)
            {
                errors.Unlocated(request.Plan, problem!);
                return ExitCodes.Failure;
            }
            AtomicFile.Write(target, File.ReadAllBytes(result));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return errors.Report(e, target);
        }
        finally
        {
            TryDelete(work);
        }
        console.Out.WriteLine($"{request.Plan} → {target}");
        return ExitCodes.Success;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
