using CcHc.Docs.Rendering;
using CcHc.Docs.Reports;
using CcHc.Docs.Testing;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// The follow-up documents of the PAR example through the default templates, as markup and as a .docx
/// description: the quý I/2026 report ("bao-cao", with one task's progress filled in) and the assignment sheet
/// of Phòng Văn hóa - Xã hội ("phan-cong"). Accept changes with CCHC_ACCEPT_SNAPSHOTS=1, then read the diff.
/// </summary>
public sealed class FollowUpSnapshotTests
{
    private const string PlanName = "vinh-phong-par-sipas-papi-2026";
    private const string Unit = "Phòng Văn hóa - Xã hội";

    private static ProgressReport Report() => ProgressReports.Build(SnapshotPlans.Read(PlanName), ReportPeriod.Parse("quý I/2026", 2026), new Progress
    {
        Number = 15,
        Date = new DateOnly(2026, 4, 2),
        Results = ["Ủy ban nhân dân xã đã ban hành Quyết định thành lập Đoàn kiểm tra cải cách hành chính năm 2026."],
        Tasks = [new TaskProgress { TaskId = "78/KH-UBND#PL1.I.3.1", Status = ProgressStatus.Completed, Result = "Quyết định số 21/QĐ-UBND ngày 25/3/2026" }],
    });

    [Fact]
    public void BaoCao_markup() =>
        MarkupSnapshot.Verify(FollowUpDocuments.RenderReportMarkup(PlanRenderer.Default, Report()), new SnapshotSettings());

    [Fact]
    public Task BaoCao_docx() =>
        DocxSnapshot.VerifyAsync(FollowUpDocuments.RenderReport(PlanRenderer.Default, Report()), new SnapshotSettings());

    [Fact]
    public void PhanCong_markup() =>
        MarkupSnapshot.Verify(FollowUpDocuments.RenderAssignmentMarkup(PlanRenderer.Default, SnapshotPlans.Read(PlanName), Unit), new SnapshotSettings());

    [Fact]
    public Task PhanCong_docx() =>
        DocxSnapshot.VerifyAsync(FollowUpDocuments.RenderAssignment(PlanRenderer.Default, SnapshotPlans.Read(PlanName), Unit), new SnapshotSettings());
}
