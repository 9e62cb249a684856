namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// One item of a section's content: <c>type</c> is "paragraph", "bullet", "plus", "section" or "task",
/// with <c>text</c>, <c>section</c> or <c>task</c> set accordingly.
/// </summary>
public sealed class BlockView
{
    private BlockView(string type, string? text, SectionView? section, TaskView? task)
    {
        Type = type;
        Text = text;
        Section = section;
        Task = task;
    }

    /// <summary>"paragraph", "bullet", "plus", "section" or "task".</summary>
    public string Type { get; }

    /// <summary>The text of a paragraph or bullet.</summary>
    public string? Text { get; }

    /// <summary>The nested section, for type "section".</summary>
    public SectionView? Section { get; }

    /// <summary>The task, for type "task".</summary>
    public TaskView? Task { get; }

    internal static BlockView ForText(string type, string text) => new(type, text, null, null);

    internal static BlockView ForSection(SectionView section) => new("section", null, section, null);

    internal static BlockView ForTask(TaskView task) => new("task", null, null, task);
}
