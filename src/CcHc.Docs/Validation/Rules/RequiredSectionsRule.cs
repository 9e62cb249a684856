using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0018: a Kế hoạch has a "MỤC ĐÍCH, YÊU CẦU" section and a "TỔ CHỨC THỰC HIỆN" section, recognised by kind
/// or by heading text (transcriptions often use custom titles).
/// </summary>
internal sealed class RequiredSectionsRule : PlanRule
{
    public override string Code => "KH0018";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        // Another document kind on the plan model (a Báo cáo) has sections of its own.
        if (!string.Equals(VietnameseCase.ToUpper(plan.Title.Kind), "KẾ HOẠCH", StringComparison.Ordinal))
        {
            yield break;
        }
        if (!plan.Sections.Any(s => Is(s, SectionKind.Purpose, "MỤC ĐÍCH")))
        {
            yield return At("sections", "Kế hoạch thiếu mục \"MỤC ĐÍCH, YÊU CẦU\"; thêm mục này (kind: purpose).");
        }
        if (!plan.Sections.Any(s => Is(s, SectionKind.Implementation, "TỔ CHỨC THỰC HIỆN")))
        {
            yield return At("sections", "Kế hoạch thiếu mục \"TỔ CHỨC THỰC HIỆN\" giao trách nhiệm thực hiện; thêm mục này (kind: implementation).");
        }
    }

    private static bool Is(Section section, SectionKind kind, string heading) =>
        section.Kind == kind
        || VietnameseCase.ToUpper(PlanText.Heading(section)).Contains(heading, StringComparison.Ordinal);
}
