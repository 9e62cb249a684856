using CcHc.Docs.IO;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Writes a file through a temporary sibling and a move, so readers never see a partial file. An existing
/// output keeps its permissions and, where the process may give it away (root), its owner; a symbolic link is
/// written through to its target (the link stays); a read-only output is replaced only when the caller says so.
/// Errors name the output, never the temporary file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool replaceReadOnly = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = FinalTarget(Path.GetFullPath(path));
        var kind = FileKinds.Of(target);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw new IOException($"The output '{path}' is {FileKinds.Describe(kind)}, not a regular file; choose another output.");
        }
        UnixFileMode? mode = null;
        FileOwner? owner = null;
        if (kind == FileKind.Regular)
        {
            mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
            if (IsReadOnly(target, mode) && !replaceReadOnly)
            {
                throw new ReadOnlyOutputException(path);
            }
            owner = FileOwner.Of(target);
        }
        var directory = Path.GetDirectoryName(target)!;
        string temporary;
        try
        {
            Directory.CreateDirectory(directory);
            // Short, so that a legal output name (up to 255 bytes) never yields an illegal temporary one.
            temporary = Path.Combine(directory, $".cchc-{Guid.NewGuid().ToString("N")[..12]}.tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Named(path, e, null);
        }
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (mode is { } keep && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, keep);
            }
            owner?.TryGive(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Named(path, e, temporary);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Write-protected for everyone (0444), as `rm` and editors mean it. On Unix .NET's ReadOnly attribute instead
    /// means "not writable by this user", which would refuse root replacing a clerk's ordinary 0644 file.
    /// </summary>
    private static bool IsReadOnly(string target, UnixFileMode? mode)
    {
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return mode is { } unix ? (unix & anyWrite) == 0 : File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly);
    }

    /// <summary>Where a chain of symbolic links ends (the path itself when it is not a link).</summary>
    private static string FinalTarget(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return path;
        }
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    private static Exception Named(string path, Exception e, string? temporary)
    {
        var reason = temporary is null ? e.Message : e.Message.Replace(temporary, path, StringComparison.Ordinal);
        var message = $"Cannot write the output '{path}': {reason}";
        return e is UnauthorizedAccessException ? new UnauthorizedAccessException(message, e) : new IOException(message, e);
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do; the output itself was not touched.
        }
    }
}
