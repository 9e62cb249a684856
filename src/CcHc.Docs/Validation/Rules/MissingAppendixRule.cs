using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0020: a section that points to a phụ lục points to one that exists.</summary>
internal sealed class MissingAppendixRule : PlanRule
{
    public override string Code => "KH0020";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var count = plan.Appendices.Count;
        foreach (var (section, path) in SectionTree.All(plan))
        {
            if (section.SeeAppendix is not { } reference)
            {
                continue;
            }
            if (count == 0)
            {
                yield return At(path + ".see_appendix",
                    $"Mục này dẫn tới phụ lục (\"{PlanText.AppendixReferenceText(plan, reference)}\") nhưng Kế hoạch không có phụ lục nào; thêm phụ lục hoặc bỏ lời dẫn.");
            }
            else if (reference.Appendix is { } number && (number < 1 || number > count))
            {
                yield return At(path + ".see_appendix.appendix", $"Mục này dẫn tới phụ lục số {number} nhưng Kế hoạch chỉ có {count} phụ lục.");
            }
        }
    }
}
