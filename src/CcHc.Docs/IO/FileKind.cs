namespace CcHc.Docs.IO;

/// <summary>What a path names, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists there (or a dangling symbolic link).</summary>
    Missing,

    /// <summary>An ordinary file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): reading waits for a writer.</summary>
    Pipe,

    /// <summary>A character or block device such as /dev/zero: reading may never end.</summary>
    Device,

    /// <summary>A socket or another special file.</summary>
    Other,
}
