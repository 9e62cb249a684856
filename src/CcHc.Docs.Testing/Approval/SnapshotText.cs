using System.Text;

namespace CcHc.Docs.Testing.Approval;

/// <summary>
/// The on-disk form of a text snapshot, following Verify: UTF-8, LF line endings, no trailing newline.
/// Reading is tolerant (a BOM, CRLF endings or a final newline added by an editor do not count as a change).
/// </summary>
internal static class SnapshotText
{
    /// <summary>UTF-8 without a byte order mark; invalid bytes are an error rather than silently replaced.</summary>
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>LF line endings, no BOM, no trailing newlines: the form that is written and compared.</summary>
    public static string Normalize(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalized.Length > 0 && normalized[0] == '\uFEFF') normalized = normalized[1..];
        return normalized.TrimEnd('\n');
    }

    /// <summary>Markup snapshots also drop trailing spaces and tabs on every line (editors and templates disagree about them).</summary>
    public static string NormalizeMarkup(string markup) =>
        string.Join('\n', Normalize(markup).Split('\n').Select(line => line.TrimEnd(' ', '\t')));

    /// <summary>Reads a snapshot file in normalized form (a BOM, if present, is skipped).</summary>
    public static string Read(string path) => Normalize(File.ReadAllText(path, Utf8NoBom));

    /// <summary>
    /// Writes through a temporary file in the same folder and then moves it into place, so a reader
    /// (or a test running in parallel) never sees a half-written snapshot.
    /// </summary>
    public static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        System.IO.Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
