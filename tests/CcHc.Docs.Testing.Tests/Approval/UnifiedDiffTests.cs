using CcHc.Docs.Testing.Approval;

namespace CcHc.Docs.Testing.Tests.Approval;

public sealed class UnifiedDiffTests
{
    private static readonly string Ten = string.Join('\n', Enumerable.Range(1, 10));

    [Fact]
    public void IdenticalTexts_HaveOnlyTheFileHeaders()
    {
        Assert.Equal("--- a\n+++ b\n", UnifiedDiff.Create(Ten, Ten, "a", "b"));
    }

    [Fact]
    public void OneChangedLine_IsOneHunkWithThreeLinesOfContextEachSide()
    {
        var diff = UnifiedDiff.Create(Ten, Ten.Replace("6", "six", StringComparison.Ordinal), "a", "b");

        Assert.Equal("--- a\n+++ b\n@@ -3,7 +3,7 @@\n 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n", diff);
    }

    [Fact]
    public void DistantChanges_AreSeparateHunks()
    {
        var changed = Ten.Replace("1\n", "one\n", StringComparison.Ordinal).Replace("10", "ten", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create(Ten, changed, "a", "b");

        Assert.Equal(2, diff.Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void LinesAddedToAnEmptyText_StartAtLineZero()
    {
        Assert.Equal("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.Create("", "x\ny", "a", "b"));
    }
}
