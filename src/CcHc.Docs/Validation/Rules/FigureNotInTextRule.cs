using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0027: each figure a target states appears in its text (read the vi-VN way: "11,4", "1.400").</summary>
internal sealed class FigureNotInTextRule : PlanRule
{
    public override string Code => "KH0027";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (section, path) in SectionTree.All(plan))
        {
            for (var t = 0; t < section.Targets.Count; t++)
            {
                var target = section.Targets[t];
                var numbers = TextPatterns.NumbersIn(target.Text).ToHashSet();
                for (var f = 0; f < target.Figures.Count; f++)
                {
                    var figure = target.Figures[f];
                    if (!numbers.Contains(figure.Value))
                    {
                        var shown = TextPatterns.ViNumber(figure.Value);
                        yield return At($"{path}.targets[{t}].figures[{f}]",
                            $"Số liệu {shown}{(figure.Unit is { } u ? " " + u : "")} không có trong nội dung chỉ tiêu \"{TextPatterns.Quote(target.Text)}\"; sửa cho khớp.");
                    }
                }
            }
        }
    }
}
