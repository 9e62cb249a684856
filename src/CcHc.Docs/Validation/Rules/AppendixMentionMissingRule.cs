using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0053: body text that refers to an appendix ("theo Phụ lục gửi kèm", "Phụ lục 01…05") refers to one the plan
/// contains. The structured <c>see_appendix</c> pointer is KH0020's.
/// </summary>
internal sealed class AppendixMentionMissingRule : PlanRule
{
    public override string Code => "KH0053";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var count = plan.Appendices.Count;
        foreach (var mention in AppendixMentions.Of(plan).Where(m => !m.Path.EndsWith(".see_appendix", StringComparison.Ordinal)))
        {
            if (count == 0)
            {
                yield return At(mention.Path, $"Văn bản dẫn tới \"{mention.Written}\" nhưng Kế hoạch không có phụ lục nào; thêm phụ lục (appendices) hoặc sửa lời dẫn.");
            }
            else if (mention.Numbers.Where(n => n < 1 || n > count).ToList() is { Count: > 0 } missing)
            {
                yield return At(mention.Path,
                    $"Văn bản dẫn tới \"{mention.Written}\" nhưng Kế hoạch chỉ có {count} phụ lục (thiếu phụ lục số {string.Join(", ", missing)}); thêm phụ lục hoặc sửa lời dẫn.");
            }
        }
    }
}
