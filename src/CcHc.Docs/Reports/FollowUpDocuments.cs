using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Rendering.TemplateModel;
using CcHc.Docs.Tasks;

namespace CcHc.Docs.Reports;

/// <summary>
/// Renders the documents that follow a plan, through the same templates and writer as the plan: the progress
/// report ("bao-cao") and a unit's assignment sheet ("phan-cong"). A template folder overrides them by name.
/// </summary>
public static class FollowUpDocuments
{
    /// <summary>The template a report is rendered with.</summary>
    public const string ReportTemplate = "bao-cao";

    /// <summary>The template an assignment sheet is rendered with.</summary>
    public const string AssignmentTemplate = "phan-cong";

    /// <summary>The .docx of <paramref name="report"/>: <c>plan</c> is the report as a document, <c>report</c> its rows and period.</summary>
    public static byte[] RenderReport(PlanRenderer renderer, ProgressReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        return renderer.RenderToBytes(report.Document, ReportTemplate, ReportGlobals(report), cancellationToken);
    }

    /// <summary>The markup of <see cref="RenderReport"/>.</summary>
    public static string RenderReportMarkup(PlanRenderer renderer, ProgressReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        return renderer.RenderMarkup(report.Document, ReportTemplate, ReportGlobals(report), cancellationToken);
    }

    /// <summary>The .docx of the assignment sheet of <paramref name="unit"/> (any spelling of it).</summary>
    /// <exception cref="ArgumentException">No task of the plan is led by that unit; the message lists the units.</exception>
    public static byte[] RenderAssignment(PlanRenderer renderer, Plan plan, string unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderToBytes(plan, AssignmentTemplate, AssignmentGlobals(plan, unit), cancellationToken);
    }

    /// <summary>The markup of <see cref="RenderAssignment"/>.</summary>
    public static string RenderAssignmentMarkup(PlanRenderer renderer, Plan plan, string unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderMarkup(plan, AssignmentTemplate, AssignmentGlobals(plan, unit), cancellationToken);
    }

    /// <summary>The rows of a unit's assignment sheet, in plan order: a flat table of the tasks it leads.</summary>
    public static AppendixTable AssignmentTable(UnitTasks unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new AppendixTable
        {
            Columns =
            [
                new() { Field = ColumnField.Number, Header = "STT", Width = 12 },
                new() { Field = ColumnField.Task, Header = "Nhiệm vụ", Width = 110 },
                new() { Field = ColumnField.Product, Header = "Sản phẩm", Width = 45 },
                new() { Field = ColumnField.Support, Header = "Cơ quan phối hợp", Width = 45 },
                new() { Field = ColumnField.Deadline, Header = "Thời hạn", Width = 30 },
            ],
            Tasks = new ValueList<PlanTask>(unit.Tasks.Select(t => new PlanTask
            {
                Text = t.Text,
                Product = t.Product,
                Lead = t.Lead,
                Support = t.Support,
                Deadline = t.Deadline,
            })),
        };
    }

    private static Dictionary<string, object> ReportGlobals(ProgressReport report) => new(StringComparer.Ordinal)
    {
        ["report"] = new ReportView(report),
    };

    private static Dictionary<string, object> AssignmentGlobals(Plan plan, string unit)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(unit);
        var tasks = PlanTasks.Collect(plan);
        var found = PlanTasks.ForUnit(tasks, unit)
            ?? throw new ArgumentException(
                $"No task of the plan is led by \"{unit}\". Units: {string.Join("; ", PlanTasks.ByUnit(tasks).Select(u => u.Unit.Original))}.", nameof(unit));
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["assignment"] = new AssignmentView(plan, found, AssignmentTable(found)),
        };
    }
}
