using System.IO.Compression;

namespace CcHc.Docs.Docx;

/// <summary>
/// Rewrites the zip container that System.IO.Packaging produced so that the same document always
/// gives the same bytes: System.IO.Packaging stamps every entry with the current time, so each entry
/// is copied, in the original order, with a fixed timestamp (1980-01-01, the zip epoch).
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
