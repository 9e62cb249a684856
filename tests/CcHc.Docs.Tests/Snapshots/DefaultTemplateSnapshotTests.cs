using CcHc.Docs.Rendering;
using CcHc.Docs.Testing;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// Every default template on every example plan, as markup and as a .docx description, compared with
/// the verified files beside this source file. Any change to a template, to the writer or to a plan shows
/// up here as a diff to review (accept with CCHC_ACCEPT_SNAPSHOTS=1, then read <c>git diff</c>).
/// "ke-hoach" covers the letterhead, title, section and signature partials and every appendix through
/// "phu-luc" and "_appendix-table"; "phu-luc" is also snapshotted alone, one appendix at a time.
/// </summary>
public sealed class DefaultTemplateSnapshotTests
{
    [Theory]
    [MemberData(nameof(SnapshotPlans.All), MemberType = typeof(SnapshotPlans))]
    public void KeHoach_markup(string plan)
    {
        var markup = PlanRenderer.Default.RenderMarkup(SnapshotPlans.Read(plan), "ke-hoach");

        MarkupSnapshot.Verify(markup, new SnapshotSettings().UseParameters(plan));
    }

    [Theory]
    [MemberData(nameof(SnapshotPlans.All), MemberType = typeof(SnapshotPlans))]
    public Task KeHoach_docx(string plan)
    {
        var docx = PlanRenderer.Default.RenderToBytes(SnapshotPlans.Read(plan), "ke-hoach");

        return DocxSnapshot.VerifyAsync(docx, new SnapshotSettings().UseParameters(plan));
    }

    [Theory]
    [MemberData(nameof(SnapshotPlans.Appendices), MemberType = typeof(SnapshotPlans))]
    public void PhuLuc_markup(string plan, int appendix)
    {
        using var folder = PhuLucAlone(appendix);

        var markup = folder.Renderer().RenderMarkup(SnapshotPlans.Read(plan), WrapperName);

        MarkupSnapshot.Verify(markup, new SnapshotSettings().UseParameters(plan, appendix));
    }

    [Theory]
    [MemberData(nameof(SnapshotPlans.Appendices), MemberType = typeof(SnapshotPlans))]
    public Task PhuLuc_docx(string plan, int appendix)
    {
        using var folder = PhuLucAlone(appendix);

        var docx = folder.Renderer().RenderToBytes(SnapshotPlans.Read(plan), WrapperName);

        return DocxSnapshot.VerifyAsync(docx, new SnapshotSettings().UseParameters(plan, appendix));
    }

    [Fact]
    public void Every_example_plan_has_its_snapshots_and_no_snapshot_is_orphaned()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var plan in SnapshotPlans.Names)
        {
            expected.Add($"{nameof(DefaultTemplateSnapshotTests)}.{nameof(KeHoach_markup)}_plan={plan}.verified.txt");
            expected.Add($"{nameof(DefaultTemplateSnapshotTests)}.{nameof(KeHoach_docx)}_plan={plan}.verified.txt");
        }
        foreach (var row in SnapshotPlans.Appendices())
        {
            var (plan, appendix) = ((string)row[0], (int)row[1]);
            expected.Add($"{nameof(DefaultTemplateSnapshotTests)}.{nameof(PhuLuc_markup)}_plan={plan}_appendix={appendix}.verified.txt");
            expected.Add($"{nameof(DefaultTemplateSnapshotTests)}.{nameof(PhuLuc_docx)}_plan={plan}_appendix={appendix}.verified.txt");
        }

        var present = Directory.GetFiles(SnapshotPlans.SnapshotFolder, nameof(DefaultTemplateSnapshotTests) + ".*.verified.txt")
            .Select(Path.GetFileName)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(expected.Where(name => !present.Contains(name)));
        Assert.Empty(present.Where(name => !expected.Contains(name!)));
    }

    private const string WrapperName = "phu-luc-alone";

    /// <summary>
    /// "phu-luc" cannot be rendered by name: it takes the appendix as its first argument ($1) and emits a
    /// &lt;section&gt;, not a &lt;document&gt;. This two-line template gives it both and nothing else.
    /// </summary>
    private static TemporaryTemplateFolder PhuLucAlone(int appendix)
    {
        var folder = new TemporaryTemplateFolder();
        folder.Write(WrapperName, $"<document>\n{{{{ include \"phu-luc\" plan.appendices[{appendix - 1}] }}}}\n</document>\n");
        return folder;
    }
}
