using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Tests.Support;

/// <summary>
/// Converts documents with LibreOffice in headless mode, each run with its own user profile so
/// parallel tests do not fight over ~/.config/libreoffice, and reads page counts of the PDFs.
/// </summary>
public static partial class LibreOffice
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>True when CI demands LibreOffice (CCHC_REQUIRE_LIBREOFFICE=1).</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("CCHC_REQUIRE_LIBREOFFICE") == "1";

    /// <summary>The full path of soffice on PATH, or null.</summary>
    public static string? Executable { get; } = FindOnPath("soffice");

    /// <summary>Converts <paramref name="inputFile"/> to PDF in <paramref name="outputDirectory"/> and returns the PDF's path.</summary>
    public static string ConvertToPdf(string inputFile, string outputDirectory)
    {
        var soffice = Executable ?? throw new InvalidOperationException(LibreOfficeFactAttribute.SkipMessage);
        var profile = Path.Combine(Path.GetTempPath(), "cchc-lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri);
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--convert-to");
            start.ArgumentList.Add("pdf");
            start.ArgumentList.Add("--outdir");
            start.ArgumentList.Add(outputDirectory);
            start.ArgumentList.Add(inputFile);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start soffice.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish within {Timeout.TotalSeconds} s converting {inputFile}.");
            }

            var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(inputFile) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException(
                    $"soffice failed (exit {process.ExitCode}) converting {inputFile}: {stdout.Result} {stderr.Result}");
            }

            return pdf;
        }
        finally
        {
            TryDelete(profile);
        }
    }

    /// <summary>Counts the page objects (/Type /Page, not /Pages) in a PDF written by LibreOffice.</summary>
    public static int CountPdfPages(string pdfFile)
    {
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdfFile));
        return PageObject().Matches(text).Count;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover profile in /tmp is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
