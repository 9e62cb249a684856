using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0054: when the body points to appendices by number, each appendix is pointed to. A pointer without a number
/// ("phụ lục đính kèm") counts for all; a body that points to none is KH0021's.
/// </summary>
internal sealed class AppendixNeverMentionedRule : PlanRule
{
    public override string Code => "KH0054";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var mentions = AppendixMentions.Of(plan).ToList();
        if (plan.Appendices.Count < 2 || mentions.Count == 0 || mentions.Any(m => m.Numbers.Count == 0))
        {
            yield break;
        }
        var pointed = mentions.SelectMany(m => m.Numbers).ToHashSet();
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            if (!pointed.Contains(i + 1))
            {
                var label = PlanText.AppendixLabel(plan, i);
                yield return At($"appendices[{i}]",
                    $"Không chỗ nào trong Kế hoạch dẫn tới {label}; thêm lời dẫn, ví dụ \"(Chi tiết tại {label})\", hoặc bỏ phụ lục nếu không dùng.");
            }
        }
    }
}
