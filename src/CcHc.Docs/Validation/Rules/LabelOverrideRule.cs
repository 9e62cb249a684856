using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0055: a section's label written as the original prints it ("2.1" without its dot, "- a)") differs from the
/// label of the plan's numbering; printed as written, reported so the deviation is a choice, not an accident.
/// </summary>
internal sealed class LabelOverrideRule : PlanRule
{
    public override string Code => "KH0055";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var pending = new Stack<(Section Section, string Path, int[] Numbers)>(
            plan.Sections.Select((s, i) => (s, $"sections[{i}]", new[] { i + 1 })).Reverse());
        while (pending.Count > 0)
        {
            var (section, path, numbers) = pending.Pop();
            if (section.Label is { } label)
            {
                var computed = SectionNumbering.Label(plan.Numbering, numbers);
                if (!string.Equals(label.Trim(), computed, StringComparison.Ordinal))
                {
                    yield return At(path + ".label",
                        $"Số mục \"{label}\" được in theo bản gốc, khác với cách đánh số \"{computed}\" của NĐ30; bỏ label để dùng số tự động nếu không cần giữ nguyên bản gốc.");
                }
            }
            var children = section.Content.Select((b, k) => (b, k)).Where(x => x.b is SubsectionBlock).ToList();
            for (var n = children.Count - 1; n >= 0; n--)
            {
                var (block, k) = children[n];
                pending.Push((((SubsectionBlock)block).Section, $"{path}.content[{k}].section", [.. numbers, n + 1]));
            }
        }
    }
}
