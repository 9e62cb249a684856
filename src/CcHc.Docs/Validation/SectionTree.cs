using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation;

/// <summary>The sections of a plan with their plan paths: top-level ones and those nested as <c>content[k].section</c>.</summary>
internal static class SectionTree
{
    /// <summary>The top-level sections.</summary>
    public static IReadOnlyList<(Section Section, string Path)> TopLevel(Plan plan) =>
        plan.Sections.Select((s, i) => (s, $"sections[{i}]")).ToList();

    /// <summary>The sections nested directly in <paramref name="section"/>.</summary>
    public static IReadOnlyList<(Section Section, string Path)> Children(Section section, string path) =>
        section.Content
            .Select((block, k) => (block, k))
            .Where(x => x.block is SubsectionBlock)
            .Select(x => (((SubsectionBlock)x.block).Section, $"{path}.content[{x.k}].section"))
            .ToList();

    /// <summary>Every section, depth first, in document order.</summary>
    public static IEnumerable<(Section Section, string Path)> All(Plan plan)
    {
        var stack = new Stack<(Section, string)>(TopLevel(plan).Reverse());
        while (stack.Count > 0)
        {
            var (section, path) = stack.Pop();
            yield return (section, path);
            foreach (var child in Children(section, path).Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
