using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0019: sibling sections do not share a heading (ignoring case and spacing).</summary>
internal sealed class DuplicateHeadingRule : PlanRule
{
    public override string Code => "KH0019";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var groups = new List<IReadOnlyList<(Section Section, string Path)>> { SectionTree.TopLevel(plan) };
        groups.AddRange(SectionTree.All(plan).Select(x => SectionTree.Children(x.Section, x.Path)));
        foreach (var siblings in groups)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < siblings.Count; i++)
            {
                var (section, path) = siblings[i];
                var heading = PlanText.Heading(section).Trim();
                if (heading.Length == 0)
                {
                    continue;
                }
                var key = string.Join(' ', VietnameseCase.ToUpper(heading).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (seen.TryGetValue(key, out var first))
                {
                    var field = section.Title is not null ? ".title" : section.Unit is not null ? ".unit" : ".kind";
                    yield return At(path + field, $"Tiêu đề \"{heading}\" trùng với mục thứ {first + 1} cùng cấp; gộp hai mục hoặc đặt tiêu đề khác.");
                }
                else
                {
                    seen[key] = i;
                }
            }
        }
    }
}
