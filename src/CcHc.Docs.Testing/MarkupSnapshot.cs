using System.Diagnostics;
using System.Runtime.CompilerServices;
using CcHc.Docs.Testing.Approval;

namespace CcHc.Docs.Testing;

/// <summary>
/// Snapshot tests for document markup (the text a template produces): the markup itself is the
/// snapshot, with only line endings and trailing whitespace normalised.
/// </summary>
public static class MarkupSnapshot
{
    /// <summary>Compares <paramref name="markup"/> with <c>{TestClass}.{TestMethod}.verified.txt</c> beside the test source file.</summary>
    /// <exception cref="SnapshotMismatchException">The markup differs from the verified file, or there is none yet.</exception>
    public static void Verify(
        string markup,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(markup);
        settings ??= new SnapshotSettings();
        var target = SnapshotTarget.Resolve(settings, new StackTrace(), sourceFile, testMethod);
        SnapshotVerifier.Verify(SnapshotText.NormalizeMarkup(markup), target, settings.ShouldAccept(Environment.GetEnvironmentVariable));
    }
}
