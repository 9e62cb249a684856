namespace CcHc.Docs.IO;

/// <summary>
/// Tells a regular file from a FIFO or a device before it is opened (opening a FIFO without a writer blocks;
/// reading /dev/zero never ends). .NET has no public API for the file type, so on Unix this asks the runtime's
/// own native shim (libSystem.Native, shipped with every .NET runtime) for <c>stat</c>.
/// </summary>
internal static class FileKinds
{
    // S_IFMT and the type bits as System.Native reports them (the same values on every Unix).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;

    /// <summary>The kind of file <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }
        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }
        if (OperatingSystem.IsWindows())
        {
            return FileKind.Regular;
        }
        int mode;
        try
        {
            if (NativeStat.Stat(path, out var status) != 0)
            {
                return FileKind.Missing;
            }
            mode = status.Mode;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: the reader's byte limit still protects against endless files.
            return FileKind.Regular;
        }
        return (mode & TypeMask) switch
        {
            RegularFile => FileKind.Regular,
            Folder => FileKind.Directory,
            Fifo => FileKind.Pipe,
            CharDevice or BlockDevice => FileKind.Device,
            _ => FileKind.Other,
        };
    }

    /// <summary>A phrase for a kind that is not a regular file, for messages: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "a special file (socket)",
    };
}
