namespace CcHc.Docs.Testing.Approval;

/// <summary>
/// The approval flow. The received text is compared with the verified file; on a match any stale
/// received file is removed; on a difference (or a missing verified file) the received file is written
/// for review and <see cref="SnapshotMismatchException"/> is thrown — unless accepting is switched on, in
/// which case the received text becomes the verified file. No state is shared between calls.
/// </summary>
internal static class SnapshotVerifier
{
    public static void Verify(string received, SnapshotTarget target, bool accept)
    {
        received = SnapshotText.Normalize(received);
        var verifiedExists = File.Exists(target.VerifiedPath);
        var verified = verifiedExists ? SnapshotText.Read(target.VerifiedPath) : null;

        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            DeleteIfPresent(target.ReceivedPath);
            return;
        }
        if (accept)
        {
            SnapshotText.WriteAtomically(target.VerifiedPath, received);
            DeleteIfPresent(target.ReceivedPath);
            return;
        }

        SnapshotText.WriteAtomically(target.ReceivedPath, received);
        if (verified is null)
        {
            throw new SnapshotMismatchException(MissingMessage(target), target.VerifiedPath, target.ReceivedPath, "", verifiedMissing: true);
        }
        var diff = UnifiedDiff.Create(verified, received, Path.GetFileName(target.VerifiedPath), Path.GetFileName(target.ReceivedPath));
        throw new SnapshotMismatchException(MismatchMessage(target, diff), target.VerifiedPath, target.ReceivedPath, diff, verifiedMissing: false);
    }

    private static string MissingMessage(SnapshotTarget target) =>
        $"""
        No verified snapshot for {target.BaseName} yet.
          received: {target.ReceivedPath}
          verified: {target.VerifiedPath} (missing)
        Review the received file. To accept it, rename it to {Path.GetFileName(target.VerifiedPath)},
        or run the tests with {SnapshotSettings.AcceptEnvironmentVariable}=1 to accept every received snapshot.
        """;

    private static string MismatchMessage(SnapshotTarget target, string diff) =>
        $"""
        Snapshot {target.BaseName} differs from the verified file.
          received: {target.ReceivedPath}
          verified: {target.VerifiedPath}
        If the change is intended, replace the verified file with the received one,
        or run the tests with {SnapshotSettings.AcceptEnvironmentVariable}=1 to accept every received snapshot.

        """ + diff;

    private static void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path); // no error when the file does not exist
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
