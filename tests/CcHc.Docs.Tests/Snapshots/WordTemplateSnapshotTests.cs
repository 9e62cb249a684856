using CcHc.Docs.Rendering;
using CcHc.Docs.Testing;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// The exported NĐ30 Word template (ke-hoach.docx) on an example plan with two landscape appendices, described by
/// <see cref="DocxSnapshot"/> and compared with the verified file beside this source, as a user snapshot-tests the
/// Word template they changed (docs/word-templates.md). Accept with CCHC_ACCEPT_SNAPSHOTS=1, then read the diff.
/// </summary>
public sealed class WordTemplateSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-word-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("vinh-phong-par-sipas-papi-2026")]
    public Task KeHoach_word_template_docx(string plan)
    {
        var renderer = PlanRenderer.FromWordTemplate(PlanRenderer.ExportWordTemplate(_folder));

        var docx = renderer.RenderToBytes(SnapshotPlans.Read(plan));

        return DocxSnapshot.VerifyAsync(docx, new SnapshotSettings().UseParameters(plan));
    }
}
