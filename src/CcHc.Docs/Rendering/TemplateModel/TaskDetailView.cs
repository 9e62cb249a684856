namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>One detail line of a task printed as lines: "Cơ quan chủ trì:" and its value.</summary>
public sealed class TaskDetailView
{
    internal TaskDetailView(string label, string value)
    {
        Label = label;
        Value = value;
    }

    /// <summary>The label with its colon, e.g. "Cơ quan chủ trì:".</summary>
    public string Label { get; }

    /// <summary>The value as written.</summary>
    public string Value { get; }
}
