using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// What the "phan-cong" template sees as <c>assignment</c>: one unit's tasks as a table (STT, nhiệm vụ, sản phẩm,
/// phối hợp, thời hạn) with the heading lines of the sheet.
/// </summary>
public sealed class AssignmentView
{
    internal AssignmentView(Plan plan, UnitTasks unit, AppendixTable table)
    {
        Unit = unit.Unit.Original;
        Title = "Nhiệm vụ giao " + unit.Unit.Original;
        var letterhead = plan.Letterhead;
        Caption = letterhead.Number is null || letterhead.Date is null
            ? $"(Thực hiện {plan.Title.Kind} {plan.Title.Summary})"
            : $"(Thực hiện {plan.Title.Kind} số {PlanText.Reference(letterhead)} ngày {TaskItemView.Short(letterhead.Date.Value)} của {letterhead.Issuer})";
        Tasks = unit.Tasks.Select(t => new TaskItemView(t)).ToArray();
        Table = new TableView(table);
        UnitUpper = VietnameseCase.ToUpper(Unit);
    }

    /// <summary>The unit as the plan names it most often.</summary>
    public string Unit { get; }

    /// <summary>The unit in capitals.</summary>
    public string UnitUpper { get; }

    /// <summary>"Nhiệm vụ giao Phòng Văn hóa - Xã hội".</summary>
    public string Title { get; }

    /// <summary>"(Thực hiện Kế hoạch số 78/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân xã Vĩnh Phong)".</summary>
    public string Caption { get; }

    /// <summary>The unit's tasks.</summary>
    public TaskItemView[] Tasks { get; }

    /// <summary>The tasks as an appendix table, for the "_appendix-table" partial.</summary>
    public TableView Table { get; }
}
