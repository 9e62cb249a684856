using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// What a rendered plan cannot give back, because two different plans print the same page. Each rule turns
/// a plan into the one the importer reads from its rendering; docs/import.md lists the same rules.
/// <list type="number">
/// <item>Target figures (<c>Target.Figures</c>) are data for validation, never printed: they come back empty.</item>
/// <item>A closing whose text already carries the end mark ("…./." with <c>end_mark</c> true, or "… /." with
/// <c>end_mark: false</c>) prints like text "…." with the end mark added: it comes back in that form.</item>
/// <item>A section with both a title and text prints "1. Title: text" in one plain paragraph: it comes back as text.</item>
/// <item>The parent body prints in capitals: it comes back in capitals.</item>
/// <item>Targets without a lead text print as dash items: they come back as bullets (not in the examples).</item>
/// <item>A body task prints text, lead, support, deadline and product only: extra values and subtasks are lost
/// (not in the examples; appendix tasks keep everything).</item>
/// <item>A block after a nested section prints like that section's content, and is read as such (the
/// examples and real plans put a section's own blocks before its nested sections). A plain paragraph after
/// an item with its own text ("3. Trưởng các khu phố …") is read as the enclosing section's.</item>
/// </list>
/// </summary>
internal static class RoundTripLimits
{
    public static Plan Expected(Plan plan) => plan with
    {
        Letterhead = plan.Letterhead with
        {
            ParentBody = plan.Letterhead.ParentBody is { } parent ? VietnameseCase.ToUpper(parent) : null,
        },
        Closing = plan.Closing is { } closing ? Closing(closing) : null,
        Sections = [.. plan.Sections.Select(Section)],
    };

    private static Closing Closing(Closing closing)
    {
        var printed = PlanText.ClosingLine(closing);
        if (printed.EndsWith("./.", StringComparison.Ordinal))
        {
            return new Closing { Text = printed[..^2] };
        }
        return printed.EndsWith("/.", StringComparison.Ordinal) ? new Closing { Text = printed } : closing;
    }

    private static Section Section(Section section)
    {
        var result = section with
        {
            Targets = [.. section.Targets.Select(t => t with { Figures = [] })],
            Content = [.. section.Content.Select(Block)],
        };
        if (section.Text is not null && section.Targets.Count == 0 && (section.Title ?? section.Unit) is { } heading)
        {
            result = result with { Title = null, Unit = null, Text = heading + ": " + section.Text };
        }
        return result;
    }

    private static Block Block(Block block) => block switch
    {
        SubsectionBlock sub => new SubsectionBlock(Section(sub.Section)),
        TaskBlock task => new TaskBlock(task.Task with { Extra = [], Subtasks = [] }),
        _ => block,
    };
}
