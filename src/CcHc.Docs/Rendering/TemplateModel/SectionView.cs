using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A numbered section with its computed label: <c>plan.sections[i]</c> and nested <c>block.section</c>.</summary>
public sealed class SectionView
{
    private SectionView(Plan plan, Section section, int[] path)
    {
        Label = section.Label ?? SectionNumbering.Label(plan.Numbering, path);
        Level = path.Length;
        Kind = Serialization.SnakeCase.Value(section.Kind);
        Heading = PlanText.Heading(section);
        HeadingLead = Heading.EndsWith(':') || Heading.EndsWith('.') ? Heading : Heading + ":";
        var inline = section.Targets.Count > 0 && section.Text is not null;
        Text = inline ? PlanText.TargetsSentence(section) : section.Text;
        Targets = inline ? [] : section.Targets.Select(t => t.Text).ToArray();
        SeeAppendix = section.SeeAppendix is null ? null : PlanText.AppendixReferenceText(plan, section.SeeAppendix);
        SeeAppendixOnLine = section.SeeAppendix?.Placement == AppendixReferencePlacement.Line;
        var blocks = new List<BlockView>();
        var number = 0;
        foreach (var block in section.Content)
        {
            blocks.Add(block switch
            {
                SubsectionBlock sub => BlockView.ForSection(new SectionView(plan, sub.Section, [.. path, ++number])),
                ParagraphBlock p => BlockView.ForText("paragraph", p.Text),
                BulletBlock b => BlockView.ForText(b.Style == BulletStyle.Plus ? "plus" : "bullet", b.Text),
                TaskBlock t => BlockView.ForTask(new TaskView(t.Task, "", plan.TaskDetails)),
                _ => throw new NotSupportedException($"Unknown block type {block.GetType().Name}."),
            });
        }
        Blocks = blocks.ToArray();
    }

    /// <summary>"I.", "1.", "a)", "1.1." …, or the section's own label as the original prints it.</summary>
    public string Label { get; }

    /// <summary>1 for a top-level section (mục), 2 for khoản, 3 for điểm …</summary>
    public int Level { get; }

    /// <summary>The section kind in lower case ("purpose", "custom" …).</summary>
    public string Kind { get; }

    /// <summary>The heading; empty for an untitled item.</summary>
    public string Heading { get; }

    /// <summary>
    /// The heading as it introduces <see cref="Text"/> on the same line: "Heading:", or the heading as written when
    /// it already ends with ":" or "." ("Phát triển hạ tầng số:").
    /// </summary>
    public string HeadingLead { get; }

    /// <summary>
    /// Text after the label (or after "Heading: "); when the section has a lead sentence and targets, the targets
    /// are part of it ("… (02 chỉ tiêu) gồm: (1) …; (2) …."). Null when none.
    /// </summary>
    public string? Text { get; }

    /// <summary>Targets to list one per line, when the section has no lead sentence to carry them; otherwise empty.</summary>
    public string[] Targets { get; }

    /// <summary>The words of the pointer to an appendix ("Chi tiết tại Phụ lục I"), or null.</summary>
    public string? SeeAppendix { get; }

    /// <summary>True when <see cref="SeeAppendix"/> goes on its own centred line after the content, not after the heading.</summary>
    public bool SeeAppendixOnLine { get; }

    /// <summary>The content, in order.</summary>
    public BlockView[] Blocks { get; }

    internal static SectionView[] Number(Plan plan, IReadOnlyList<Section> sections, int[] parent) =>
        sections.Select((s, i) => new SectionView(plan, s, [.. parent, i + 1])).ToArray();
}
