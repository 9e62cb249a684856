using System.Globalization;

namespace CcHc.Docs.Cli.Preview;

/// <summary>
/// Converts a .docx to PDF with headless LibreOffice, in a private profile folder so that it neither
/// touches nor waits for the user's running LibreOffice, and with a private TMPDIR for its pipe, all inside the
/// work folder the caller deletes; then, when asked, the first page to PNG with pdftoppm.
/// </summary>
internal sealed class PreviewConverter(string workFolder, TimeSpan timeout, CancellationToken cancellationToken)
{
    /// <summary>The path of the converted file inside the work folder, or null and what went wrong.</summary>
    public async Task<(string? Path, string? Problem)> ConvertAsync(byte[] docx, string soffice, string? pdftoppm)
    {
        var input = Path.Combine(workFolder, "preview.docx");
        await File.WriteAllBytesAsync(input, docx, cancellationToken).ConfigureAwait(false);
        var profile = new Uri(Path.Combine(workFolder, "lo-profile") + Path.DirectorySeparatorChar).AbsoluteUri;
        // LibreOffice puts its OSL_PIPE_* socket in TMPDIR; inside the work folder, a killed run leaves nothing behind.
        var temp = Path.Combine(workFolder, "tmp");
        Directory.CreateDirectory(temp);
        var office = await ProcessRunner.RunAsync(soffice,
            ["--headless", "--norestore", "--nologo", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", workFolder, input],
            timeout, cancellationToken, new Dictionary<string, string> { ["TMPDIR"] = temp, ["TMP"] = temp, ["TEMP"] = temp }).ConfigureAwait(false);
        var pdf = Path.Combine(workFolder, "preview.pdf");
        if (office.TimedOut)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"LibreOffice did not finish within {timeout.TotalSeconds:0} s; try again with a longer --timeout."));
        }
        if (office.ExitCode != 0 || !File.Exists(pdf))
        {
            return (null, $"LibreOffice could not convert the document (exit code {office.ExitCode}): {office.Output}");
        }
        if (pdftoppm is null)
        {
            return (pdf, null);
        }
        var prefix = Path.Combine(workFolder, "page");
        var poppler = await ProcessRunner.RunAsync(pdftoppm,
            ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
            timeout, cancellationToken).ConfigureAwait(false);
        var image = prefix + ".png";
        if (poppler.TimedOut || poppler.ExitCode != 0 || !File.Exists(image))
        {
            return (null, $"pdftoppm could not draw the first page (exit code {poppler.ExitCode}): {poppler.Output}");
        }
        return (image, null);
    }
}
