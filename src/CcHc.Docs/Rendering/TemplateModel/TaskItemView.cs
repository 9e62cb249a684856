using System.Globalization;
using CcHc.Docs.Tasks;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A task of the plan as follow-up data: an item of <c>plan.tasks</c> (see <see cref="TaskItem"/>).</summary>
public sealed class TaskItemView
{
    internal TaskItemView(TaskItem task)
    {
        Id = task.Id;
        Number = task.Number;
        Source = task.Source switch
        {
            TaskSource.Body => "body",
            TaskSource.Assignment => "assignment",
            _ => "appendix",
        };
        Text = task.Text;
        Product = task.Product;
        Lead = task.Lead;
        Leads = task.Leads.Select(l => l.Original).ToArray();
        Support = task.Support;
        Deadline = task.Deadline;
        Group = task.Group;
        Due = task.Period is { IsContinuous: false } p ? Short(p.End) : null;
        Continuous = task.Period?.IsContinuous ?? false;
        Recurring = task.Period is { Recurrence: not DeadlineRecurrence.None };
    }

    /// <summary>"78/KH-UBND#PL1.I.3.1".</summary>
    public string Id { get; }

    /// <summary>The row number ("3.1") or body section path ("II.1").</summary>
    public string Number { get; }

    /// <summary>"body", "assignment" (a bullet under a unit's section) or "appendix".</summary>
    public string Source { get; }

    /// <summary>What to do.</summary>
    public string Text { get; }

    /// <summary>Sản phẩm.</summary>
    public string? Product { get; }

    /// <summary>Cơ quan chủ trì as written.</summary>
    public string? Lead { get; }

    /// <summary>The lead units, split.</summary>
    public string[] Leads { get; }

    /// <summary>Cơ quan phối hợp.</summary>
    public string? Support { get; }

    /// <summary>Thời gian thực hiện as written.</summary>
    public string? Deadline { get; }

    /// <summary>The group or section heading the task is under.</summary>
    public string? Group { get; }

    /// <summary>The last due date, "30/6/2026"; null for continuous work or an unreadable deadline.</summary>
    public string? Due { get; }

    /// <summary>True for "Thường xuyên" work.</summary>
    public bool Continuous { get; }

    /// <summary>True for "hằng quý", "hằng tháng" …</summary>
    public bool Recurring { get; }

    internal static string Short(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day}/{day.Month}/{day.Year}");
}
