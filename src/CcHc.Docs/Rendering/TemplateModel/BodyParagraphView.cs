namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// One printed paragraph of the body, for templates that cannot recurse (Word templates): <c>plan.body</c> lists
/// them flat, in print order. <c>kind</c> is "heading" (with <c>level</c> 1–3), "item" (a labelled item),
/// "dash" or "plus" (a list item printed after "- " or "+ "), or "paragraph".
/// </summary>
public sealed class BodyParagraphView
{
    internal BodyParagraphView(string kind, int level, string label, string text, string? seeAppendix)
    {
        Kind = kind;
        Level = level;
        Label = label;
        Text = FootnoteMarks.Inline(text);
        SeeAppendix = seeAppendix;
    }

    /// <summary>"heading", "item", "dash", "plus" or "paragraph".</summary>
    public string Kind { get; }

    /// <summary>The heading level (1 mục, 2 khoản, 3 điểm and deeper); the section depth for items; 0 otherwise.</summary>
    public int Level { get; }

    /// <summary>"I.", "1.", "a)" for headings and items; empty otherwise.</summary>
    public string Label { get; }

    /// <summary>
    /// The text after the label or marker, composed as the .sbn templates print it ("Heading: text", a task with its lead
    /// and deadline); a footnote (<c>^[note]</c>) is printed in parentheses where it stands, as Word templates have no footnotes.
    /// </summary>
    public string Text { get; }

    /// <summary>The pointer to an appendix printed in italics after the text ("Chi tiết tại Phụ lục I"), or null.</summary>
    public string? SeeAppendix { get; }

    /// <summary>The body of <paramref name="sections"/>, flattened the way _section.sbn prints it.</summary>
    internal static BodyParagraphView[] Flatten(IEnumerable<SectionView> sections)
    {
        var body = new List<BodyParagraphView>();
        foreach (var section in sections)
        {
            Add(section, body);
        }
        return body.ToArray();
    }

    private static void Add(SectionView s, List<BodyParagraphView> body)
    {
        if (s.Heading != "" && s.Text is null)
        {
            body.Add(new("heading", Math.Min(s.Level, 3), s.Label, s.Heading, s.SeeAppendix));
        }
        else if (s.Heading != "")
        {
            body.Add(new("item", s.Level, s.Label, s.Heading + ": " + s.Text, null));
        }
        else
        {
            body.Add(new("item", s.Level, s.Label, s.Text ?? "", s.SeeAppendix));
        }
        foreach (var target in s.Targets)
        {
            body.Add(new("dash", 0, "", target, null));
        }
        foreach (var block in s.Blocks)
        {
            switch (block.Type)
            {
                case "section":
                    Add(block.Section!, body);
                    break;
                case "paragraph":
                    body.Add(new("paragraph", 0, "", block.Text!, null));
                    break;
                case "bullet":
                    body.Add(new("dash", 0, "", block.Text!, null));
                    break;
                case "plus":
                    body.Add(new("plus", 0, "", block.Text!, null));
                    break;
                case "task":
                    body.Add(new("dash", 0, "", TaskText(block.Task!), null));
                    break;
            }
        }
    }

    private static string TaskText(TaskView task)
    {
        if (task.Lead is null)
        {
            return task.Text;
        }
        var text = task.Text + " (chủ trì: " + task.Lead;
        if (task.Support is not null)
        {
            text += "; phối hợp: " + task.Support;
        }
        if (task.Deadline is not null)
        {
            text += "; thời gian: " + task.Deadline;
        }
        if (task.Product is not null)
        {
            text += "; sản phẩm: " + task.Product;
        }
        return text + ")";
    }
}
