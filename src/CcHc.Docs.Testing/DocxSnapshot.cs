using System.Diagnostics;
using System.Runtime.CompilerServices;
using CcHc.Docs.Testing.Approval;

namespace CcHc.Docs.Testing;

/// <summary>
/// Snapshot tests for .docx output: the document's <see cref="DocxDescription"/> is compared with
/// <c>{TestClass}.{TestMethod}.verified.txt</c> beside the test source file.
/// </summary>
/// <example>
/// <code>
/// [Fact]
/// public async Task Renders_plan()
/// {
///     using var docx = new MemoryStream();
///     PlanRenderer.Default.Render(plan, docx);
///     await DocxSnapshot.VerifyAsync(docx);
/// }
/// </code>
/// </example>
public static class DocxSnapshot
{
    /// <summary>
    /// Describes the .docx in <paramref name="docx"/> (read from its start when seekable) and compares the
    /// description with the verified snapshot.
    /// </summary>
    /// <exception cref="SnapshotMismatchException">The description differs from the verified file, or there is none yet.</exception>
    public static Task VerifyAsync(
        Stream docx,
        SnapshotSettings? settings = null,
        DocxDescriptionOptions? options = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(docx);
        // The stack must be read now, while the test method is still on it.
        var target = SnapshotTarget.Resolve(settings ??= new SnapshotSettings(), new StackTrace(), sourceFile, testMethod);
        return VerifyCoreAsync(docx, settings, options, target);
    }

    /// <summary>Compares the description of the .docx in <paramref name="docx"/> with the verified snapshot.</summary>
    /// <exception cref="SnapshotMismatchException">The description differs from the verified file, or there is none yet.</exception>
    public static Task VerifyAsync(
        byte[] docx,
        SnapshotSettings? settings = null,
        DocxDescriptionOptions? options = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(docx);
        var target = SnapshotTarget.Resolve(settings ??= new SnapshotSettings(), new StackTrace(), sourceFile, testMethod);
        var description = DocxDescription.Describe(docx, options);
        SnapshotVerifier.Verify(description, target, settings.ShouldAccept(Environment.GetEnvironmentVariable));
        return Task.CompletedTask;
    }

    private static async Task VerifyCoreAsync(Stream docx, SnapshotSettings settings, DocxDescriptionOptions? options, SnapshotTarget target)
    {
        if (docx.CanSeek) docx.Position = 0;
        using var buffer = new MemoryStream();
        await docx.CopyToAsync(buffer).ConfigureAwait(false);
        var description = DocxDescription.Describe(buffer.ToArray(), options);
        SnapshotVerifier.Verify(description, target, settings.ShouldAccept(Environment.GetEnvironmentVariable));
    }
}
