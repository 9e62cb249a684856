using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A task: what, product, lead, support, deadline.</summary>
public sealed class TaskView
{
    internal TaskView(PlanTask task, string number)
    {
        Number = number;
        Text = task.Text;
        Product = task.Product;
        Lead = task.Lead;
        Support = task.Support;
        Deadline = task.Deadline;
    }

    /// <summary>The STT in a table ("3.1"); empty in the body.</summary>
    public string Number { get; }

    /// <summary>What to do.</summary>
    public string Text { get; }

    /// <summary>Sản phẩm.</summary>
    public string? Product { get; }

    /// <summary>Cơ quan chủ trì.</summary>
    public string? Lead { get; }

    /// <summary>Cơ quan phối hợp.</summary>
    public string? Support { get; }

    /// <summary>Thời gian thực hiện.</summary>
    public string? Deadline { get; }
}
