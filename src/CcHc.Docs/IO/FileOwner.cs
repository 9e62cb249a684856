namespace CcHc.Docs.IO;

/// <summary>
/// The Unix owner and group of a file, so that an output replaced through a temporary file stays with the user
/// it belonged to (a render run by root, a service account or sudo must not take a clerk's file away).
/// </summary>
internal readonly record struct FileOwner(uint User, uint Group)
{
    /// <summary>The owner of <paramref name="path"/>, or null on Windows, for a missing file or without the shim.</summary>
    public static FileOwner? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        try
        {
            return NativeStat.Stat(path, out var status) == 0 ? new FileOwner(status.Uid, status.Gid) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gives <paramref name="path"/> to this owner when it has another one. Only root may do so; for anyone else the
    /// file stays theirs, as it would with any editor's save, and false is returned.
    /// </summary>
    public bool TryGive(string path)
    {
        if (Of(path) is not { } current)
        {
            return false;
        }

        if (current == this)
        {
            return true;
        }

        try
        {
            return NativeStat.ChangeOwner(path, User, Group) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
