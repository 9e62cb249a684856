namespace CcHc.Docs.Testing;

/// <summary>
/// Thrown when a snapshot differs from its verified file, or when there is no verified file yet.
/// The message holds both paths, a unified diff, and how to accept the new output.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    internal SnapshotMismatchException(string message, string verifiedPath, string receivedPath, string diff, bool verifiedMissing)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
        VerifiedMissing = verifiedMissing;
    }

    /// <summary>The approved snapshot (<c>….verified.txt</c>).</summary>
    public string VerifiedPath { get; }

    /// <summary>The output of this run (<c>….received.txt</c>), left on disk for review.</summary>
    public string ReceivedPath { get; }

    /// <summary>Unified diff from the verified text to the received text (empty when nothing was verified yet).</summary>
    public string Diff { get; }

    /// <summary>True on a first run: no verified file exists yet.</summary>
    public bool VerifiedMissing { get; }
}
