using System.Diagnostics;

namespace CcHc.Docs.Tests.Support;

/// <summary>The text of a PDF as pdftotext (poppler-utils, installed with LibreOffice by CI) lays it out.</summary>
public static class PdfText
{
    /// <summary>The PDF's text with <c>-layout</c>: each printed line on one text line, pages separated by form feeds.</summary>
    public static string Read(string pdfFile)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(pdfFile);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pdftotext (apt-get install poppler-utils).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(LibreOffice.Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pdftotext did not finish reading {pdfFile}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed (exit {process.ExitCode}) on {pdfFile}: {stderr.Result}");
        }

        return stdout.Result.Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>Renders <paramref name="docx"/> with LibreOffice in a temporary folder and returns the PDF's text.</summary>
    public static string OfDocx(byte[] docx, string name)
    {
        var directory = Directory.CreateTempSubdirectory("cchc-pdftext-");
        try
        {
            var file = Path.Combine(directory.FullName, name + ".docx");
            File.WriteAllBytes(file, docx);
            return Read(LibreOffice.ConvertToPdf(file, directory.FullName));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
