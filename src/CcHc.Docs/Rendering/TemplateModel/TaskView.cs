using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A task: what, product, lead, support, deadline.</summary>
public sealed class TaskView
{
    internal TaskView(PlanTask task, string number, TaskDetails? planDetails = null)
    {
        Number = number;
        Text = task.Text;
        Product = task.Product;
        Lead = task.Lead;
        Support = task.Support;
        Deadline = task.Deadline;
        Supervisor = task.Supervisor;
        Funding = task.Funding;
        var details = task.Details ?? planDetails ?? new TaskDetails();
        DetailsAsLines = details.Form == TaskDetailForm.Lines;
        DetailMarker = details.Marker.ToString().ToLowerInvariant();
        ItalicLabels = details.ItalicLabels;
        DetailLines = new (string Label, string? Value)[]
            {
                ("Cơ quan chủ trì:", task.Lead),
                ("Cơ quan phối hợp:", task.Support),
                ("Cơ quan giám sát:", task.Supervisor),
                ("Thời gian thực hiện:", task.Deadline),
                ("Sản phẩm:", task.Product),
                ("Kinh phí:", task.Funding),
            }
            .Where(d => !string.IsNullOrWhiteSpace(d.Value))
            .Select(d => new TaskDetailView(d.Label, d.Value!))
            .ToArray();
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

    /// <summary>Cơ quan giám sát.</summary>
    public string? Supervisor { get; }

    /// <summary>Kinh phí.</summary>
    public string? Funding { get; }

    /// <summary>True when the details print one line each under the task (task_details form: lines).</summary>
    public bool DetailsAsLines { get; }

    /// <summary>"dash", "star" or "none": what starts each detail line.</summary>
    public string DetailMarker { get; }

    /// <summary>True to print each detail line's label in italics.</summary>
    public bool ItalicLabels { get; }

    /// <summary>The details that have a value, in print order: chủ trì, phối hợp, giám sát, thời gian, sản phẩm, kinh phí.</summary>
    public TaskDetailView[] DetailLines { get; }
}
