using System.Runtime.InteropServices;

namespace CcHc.Docs.IO;

/// <summary>
/// <c>stat</c> and <c>chown</c> on Unix, which .NET has no public API for: <c>stat</c> through the runtime's own
/// native shim (libSystem.Native, shipped with every .NET runtime), <c>chown</c> from the C library.
/// </summary>
internal static class NativeStat
{
    /// <summary>Follows symbolic links; 0 on success.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus output);

    /// <summary>Follows symbolic links; 0 on success, -1 when not allowed (only root may give a file away).</summary>
    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    public static extern int ChangeOwner([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    /// <summary>The layout of System.Native's FileStatus; the fields after Gid keep the size right.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
        public long Reserved1;
        public long Reserved2;
        public long Reserved3;
        public long Reserved4;
    }
}
