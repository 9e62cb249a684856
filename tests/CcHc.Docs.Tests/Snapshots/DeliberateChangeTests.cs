using CcHc.Docs.Rendering;
using CcHc.Docs.Testing;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// A deliberate template change must show as a readable diff. The default templates are exported to a
/// temporary folder, the appendix table's font size is changed from the profile's 13 pt to 12 pt, and the
/// PAR plan (the example with appendix tables) is snapshotted before and after: the markup diff is the changed
/// template line once per table, the .docx diff is every table line's size and nothing else.
/// </summary>
public sealed class DeliberateChangeTests
{
    private const string PlanName = "vinh-phong-par-sipas-papi-2026";

    [Fact]
    public void Table_font_size_change_is_one_markup_line_per_table()
    {
        using var folder = ChangedTemplates();
        var plan = SnapshotPlans.Read(PlanName);
        var settings = new SnapshotSettings().UseDirectory(folder.Path).UseFileName("markup");
        MarkupSnapshot.Verify(PlanRenderer.Default.RenderMarkup(plan), settings.WithAcceptAll(true));

        var mismatch = Assert.Throws<SnapshotMismatchException>(
            () => MarkupSnapshot.Verify(folder.Renderer().RenderMarkup(plan), settings.WithAcceptAll(false)));

        var tables = plan.Appendices.Sum(appendix => appendix.Tables.Count);
        Assert.True(tables >= 2, "the PAR plan has a table in each of its two appendices");
        var (removed, added) = ChangedLines(mismatch.Diff);
        Assert.Equal(Enumerable.Repeat("    <table>", tables), removed);
        Assert.Equal(Enumerable.Repeat("    <table font-size=\"12\">", tables), added);
    }

    [Fact]
    public async Task Table_font_size_change_shows_as_size_tokens_in_the_docx_diff()
    {
        using var folder = ChangedTemplates();
        var plan = SnapshotPlans.Read(PlanName);
        var settings = new SnapshotSettings().UseDirectory(folder.Path).UseFileName("docx");
        await DocxSnapshot.VerifyAsync(PlanRenderer.Default.RenderToBytes(plan), settings.WithAcceptAll(true));

        var mismatch = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => DocxSnapshot.VerifyAsync(folder.Renderer().RenderToBytes(plan), settings.WithAcceptAll(false)));

        var (removed, added) = ChangedLines(mismatch.Diff);
        Assert.NotEmpty(removed);
        // Each changed line is a table cell's paragraph or run whose only difference is its size.
        Assert.All(removed, line => Assert.Contains("13pt", line, StringComparison.Ordinal));
        Assert.Equal(removed.Select(line => line.Replace("13pt", "12pt", StringComparison.Ordinal)), added);
        Assert.All(removed, line => Assert.Matches(@"^\s{6,}", line)); // indented under a table cell, not a body paragraph
    }

    /// <summary>The default templates with _appendix-table.sbn's table set to 12 pt.</summary>
    private static TemporaryTemplateFolder ChangedTemplates()
    {
        var folder = new TemporaryTemplateFolder();
        PlanRenderer.ExportDefaultTemplates(folder.Path);
        var path = Path.Combine(folder.Path, "_appendix-table.sbn");
        var text = File.ReadAllText(path);
        Assert.Equal(2, text.Split("    <table>\n").Length); // the line to change is there, once
        File.WriteAllText(path, text.Replace("    <table>\n", "    <table font-size=\"12\">\n", StringComparison.Ordinal));
        return folder;
    }

    /// <summary>The removed and added lines of a unified diff, without their -/+ markers.</summary>
    private static (string[] Removed, string[] Added) ChangedLines(string diff)
    {
        var lines = diff.Split('\n').Where(line => !line.StartsWith("---", StringComparison.Ordinal) && !line.StartsWith("+++", StringComparison.Ordinal)).ToArray();
        return (
            lines.Where(line => line.StartsWith('-')).Select(line => line[1..]).ToArray(),
            lines.Where(line => line.StartsWith('+')).Select(line => line[1..]).ToArray());
    }
}
