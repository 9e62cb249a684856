namespace CcHc.Docs.Cli.Tests.Hostile;

/// <summary>
/// Issue 15, defect 8: SIGTERM cancels like Ctrl+C and exits 130 (System.CommandLine cancels the same token for
/// both); docs/cli.md must say so, since a script that kills cchc reads that code.
/// </summary>
public sealed class ExitCodeDocumentationTests
{
    [Fact]
    public void The_cancelled_exit_code_is_documented_for_SIGINT_and_SIGTERM()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "cli.md"));

        var row = Assert.Single(lines, l => l.StartsWith($"| {ExitCodes.Cancelled} |", StringComparison.Ordinal));
        Assert.Contains("SIGINT", row, StringComparison.Ordinal);
        Assert.Contains("SIGTERM", row, StringComparison.Ordinal);
    }
}
