using System.Text;
using static CcHc.Docs.Testing.Tests.TestDocx;

namespace CcHc.Docs.Testing.Tests.Approval;

public sealed class ApprovalFlowTests
{
    private const string Prefix = nameof(ApprovalFlowTests) + ".";

    [Fact]
    public void MissingVerifiedFile_FailsLeavesReceivedAndSaysHowToAccept()
    {
        using var folder = new TempFolder();

        var exception = Assert.Throws<SnapshotMismatchException>(() => MarkupSnapshot.Verify("<p>một</p>", folder.Settings));

        var received = folder.File(Prefix + nameof(MissingVerifiedFile_FailsLeavesReceivedAndSaysHowToAccept) + ".received.txt");
        Assert.True(exception.VerifiedMissing);
        Assert.Equal(received, exception.ReceivedPath);
        Assert.Equal([Path.GetFileName(received)], folder.FileNames());
        Assert.Equal("<p>một</p>", File.ReadAllText(received));
        Assert.Contains("rename it to " + Path.GetFileName(exception.VerifiedPath), exception.Message, StringComparison.Ordinal);
        Assert.Contains("CCHC_ACCEPT_SNAPSHOTS=1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatch_FailsWithUnifiedDiffAndKeepsReceivedFile()
    {
        using var folder = new TempFolder();
        var verified = folder.File(Prefix + nameof(Mismatch_FailsWithUnifiedDiffAndKeepsReceivedFile) + ".verified.txt");
        File.WriteAllText(verified, "a\nb\nc");

        var exception = Assert.Throws<SnapshotMismatchException>(() => MarkupSnapshot.Verify("a\nB\nc", folder.Settings));

        Assert.False(exception.VerifiedMissing);
        Assert.Equal(verified, exception.VerifiedPath);
        Assert.True(File.Exists(exception.ReceivedPath));
        Assert.Equal("a\nb\nc", File.ReadAllText(verified));
        Assert.Equal(["b"], DiffLines.Removed(exception.Diff));
        Assert.Equal(["B"], DiffLines.Added(exception.Diff));
        Assert.Contains(exception.Diff, exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.ReceivedPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains(verified, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_PassesAndDeletesAStaleReceivedFile()
    {
        using var folder = new TempFolder();
        var name = Prefix + nameof(Match_PassesAndDeletesAStaleReceivedFile);
        File.WriteAllText(folder.File(name + ".verified.txt"), "x\ny");
        File.WriteAllText(folder.File(name + ".received.txt"), "old output");

        MarkupSnapshot.Verify("x\ny", folder.Settings);

        Assert.Equal([name + ".verified.txt"], folder.FileNames());
    }

    [Fact]
    public void VerifiedFileWithBomCrlfAndFinalNewline_StillMatches()
    {
        using var folder = new TempFolder();
        var verified = folder.File(Prefix + nameof(VerifiedFileWithBomCrlfAndFinalNewline_StillMatches) + ".verified.txt");
        File.WriteAllText(verified, "dòng 1\r\ndòng 2\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        MarkupSnapshot.Verify("dòng 1\ndòng 2", folder.Settings);

        Assert.Single(folder.FileNames());
    }

    [Fact]
    public void AcceptAll_WritesTheVerifiedFileAndPasses()
    {
        using var folder = new TempFolder();
        var name = Prefix + nameof(AcceptAll_WritesTheVerifiedFileAndPasses);
        File.WriteAllText(folder.File(name + ".verified.txt"), "old");

        MarkupSnapshot.Verify("new", folder.Settings.WithAcceptAll(true));

        Assert.Equal([name + ".verified.txt"], folder.FileNames());
        Assert.Equal("new", File.ReadAllText(folder.File(name + ".verified.txt")));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void AcceptEnvironmentVariable_FeedsTheSettingWhenNotSetExplicitly(string? value, bool accepted)
    {
        var settings = new SnapshotSettings();

        Assert.Equal(accepted, settings.ShouldAccept(name => name == SnapshotSettings.AcceptEnvironmentVariable ? value : null));
        Assert.False(settings.WithAcceptAll(false).ShouldAccept(_ => "1"));
    }

    [Fact]
    public void ReceivedFile_IsUtf8WithoutBomWithLfEndingsAndNoTrailingNewline()
    {
        using var folder = new TempFolder();

        var exception = Assert.Throws<SnapshotMismatchException>(() => MarkupSnapshot.Verify("<a>  \r\n<b>\t\r\n\r\n", folder.Settings));

        var bytes = File.ReadAllBytes(exception.ReceivedPath);
        Assert.Equal(Encoding.UTF8.GetBytes("<a>\n<b>"), bytes);
    }

    [Fact]
    public async Task DocxSnapshot_DescribesTheDocumentIntoTheReceivedFile()
    {
        using var folder = new TempFolder();
        using var docx = new MemoryStream(Create(Paragraph("KẾ HOẠCH", Size(28, bold: true), Centered())));
        docx.Position = docx.Length; // the snapshot reads from the start whatever the position

        var exception = await Assert.ThrowsAsync<SnapshotMismatchException>(() => DocxSnapshot.VerifyAsync(docx, folder.Settings));

        Assert.EndsWith(Prefix + nameof(DocxSnapshot_DescribesTheDocumentIntoTheReceivedFile) + ".received.txt", exception.ReceivedPath, StringComparison.Ordinal);
        Assert.Contains("  p [14pt B center] KẾ HOẠCH", File.ReadAllText(exception.ReceivedPath), StringComparison.Ordinal);

        File.Move(exception.ReceivedPath, exception.VerifiedPath);
        await DocxSnapshot.VerifyAsync(docx, folder.Settings);
        Assert.Single(folder.FileNames());
    }

    [Fact]
    public async Task ParallelSnapshots_InOneFolder_EachGetTheirOwnFiles()
    {
        using var folder = new TempFolder();
        var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            MarkupSnapshot.Verify("case " + i, folder.Settings.WithAcceptAll(true).UseParameters(i), testMethod: "Case")));

        await Task.WhenAll(tasks);

        Assert.Equal(16, folder.FileNames().Length);
        Assert.Equal("case 7", File.ReadAllText(folder.File("ApprovalFlowTests.Case_7.verified.txt")));
        Assert.DoesNotContain(folder.FileNames(), name => name.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
