using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0026: a target states no percentage above 100, neither in its text nor in its figures.</summary>
internal sealed class PercentageAboveHundredRule : PlanRule
{
    public override string Code => "KH0026";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (section, path) in SectionTree.All(plan))
        {
            for (var t = 0; t < section.Targets.Count; t++)
            {
                var target = section.Targets[t];
                var targetPath = $"{path}.targets[{t}]";
                foreach (var (value, form) in TextPatterns.PercentagesIn(target.Text))
                {
                    if (value > 100)
                    {
                        yield return At(targetPath + ".text", $"Chỉ tiêu \"{TextPatterns.Quote(target.Text)}\" ghi \"{form}\", vượt quá 100%; kiểm tra lại con số.");
                    }
                }
                for (var f = 0; f < target.Figures.Count; f++)
                {
                    var figure = target.Figures[f];
                    if (figure.Unit?.Trim() == "%" && figure.Value > 100)
                    {
                        yield return At($"{targetPath}.figures[{f}]", $"Số liệu {TextPatterns.ViNumber(figure.Value)}% của chỉ tiêu vượt quá 100%; kiểm tra lại.");
                    }
                }
            }
        }
    }
}
