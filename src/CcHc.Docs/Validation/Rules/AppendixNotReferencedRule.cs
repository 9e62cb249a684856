using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0021: when a plan has appendices, its body points to them (a <c>see_appendix</c> or the words "phụ lục").</summary>
internal sealed class AppendixNotReferencedRule : PlanRule
{
    public override string Code => "KH0021";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Appendices.Count == 0)
        {
            yield break;
        }
        var pointed = SectionTree.All(plan).Any(s => s.Section.SeeAppendix is not null)
            || PlanWalker.StringsOf(plan).Any(s => s.IsProse && !s.Path.StartsWith("appendices", StringComparison.Ordinal)
                && s.Text.Contains("phụ lục", StringComparison.OrdinalIgnoreCase));
        if (!pointed)
        {
            yield return At("appendices",
                $"Kế hoạch có {plan.Appendices.Count} phụ lục nhưng phần nội dung không dẫn tới phụ lục nào; thêm lời dẫn, ví dụ \"(Chi tiết tại {PlanText.ComputedAppendixLabel(plan.Appendices.Count, 0)})\".");
        }
    }
}
