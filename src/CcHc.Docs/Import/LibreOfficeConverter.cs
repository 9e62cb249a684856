using System.Diagnostics;

namespace CcHc.Docs.Import;

/// <summary>
/// Converts .doc, .odt, .rtf (and flat .fodt) to .docx with LibreOffice in headless mode, in a temporary
/// folder of its own (a private user profile, so a running LibreOffice does not block it), with a time limit.
/// </summary>
internal static class LibreOfficeConverter
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string? FindSoffice() => FindSoffice(Environment.GetEnvironmentVariable("PATH"));

    /// <summary>soffice (or libreoffice) on the given search path, or null.</summary>
    public static string? FindSoffice(string? searchPath)
    {
        var path = searchPath ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    public static byte[] ToDocx(string input) => ToDocx(input, FindSoffice());

    /// <summary>Converts with the given soffice; null means LibreOffice is not installed.</summary>
    public static byte[] ToDocx(string input, string? soffice)
    {
        if (soffice is null)
        {
            throw new PlanImportException(
            $"Cần LibreOffice để đọc \"{Path.GetFileName(input)}\" ({Path.GetExtension(input)}): cài gói libreoffice-writer-nogui "
            + "(Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), hoặc mở tệp bằng Word và lưu dạng .docx.", 0);
        }
        var work = Path.Combine(Path.GetTempPath(), "cchc-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-env:UserInstallation=" + profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, Path.GetFullPath(input) })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new PlanImportException("Không chạy được LibreOffice (soffice).", 0);
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new PlanImportException($"LibreOffice không chuyển xong \"{Path.GetFileName(input)}\" trong {Limit.TotalSeconds:0} giây.", 0);
            }
            var output = Path.Combine(work, Path.GetFileNameWithoutExtension(input) + ".docx");
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new PlanImportException($"LibreOffice không chuyển được \"{Path.GetFileName(input)}\" sang .docx: {stderr.Result.Trim()}", 0);
            }
            return File.ReadAllBytes(output);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
