using CcHc.Docs.Rendering;
using CcHc.Docs.Reports;
using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Reports;

public class ScratchDump
{
    [Fact]
    public void Dump()
    {
        var report = ExamplePlans.Report("bao-cao:vinh-phong-par-sipas-papi-2026");
        File.WriteAllText("/tmp/report.xml", FollowUpDocuments.RenderReportMarkup(PlanRenderer.Default, report));
        File.WriteAllText("/tmp/report-diag.txt", string.Join("\n", PlanValidator.Validate(report.Document).Diagnostics));
        File.WriteAllText("/tmp/assign.xml", FollowUpDocuments.RenderAssignmentMarkup(PlanRenderer.Default, ExamplePlans.Plan("vinh-phong-par-sipas-papi-2026"), "Phòng VH-XH"));
        File.WriteAllBytes("/tmp/assign.docx", FollowUpDocuments.RenderAssignment(PlanRenderer.Default, ExamplePlans.Plan("vinh-phong-par-sipas-papi-2026"), "Phòng VH-XH"));
        File.WriteAllBytes("/tmp/report.docx", ExamplePlans.Docx("bao-cao:vinh-phong-par-sipas-papi-2026"));
    }
}
