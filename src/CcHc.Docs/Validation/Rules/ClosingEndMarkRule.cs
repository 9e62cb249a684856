using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0022: the closing, as printed, ends with the end mark "./.".</summary>
internal sealed class ClosingEndMarkRule : PlanRule
{
    public override string Code => "KH0022";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Closing is not { } closing)
        {
            yield break;
        }
        var line = PlanText.ClosingLine(closing);
        if (!line.EndsWith("/.", StringComparison.Ordinal))
        {
            var tail = line.Length <= 30 ? line : "…" + TextElements.Tail(line, 30);
            yield return At("closing.text",
                $"Câu kết \"{tail}\" không có dấu kết thúc \"./.\"; thêm \"./.\" ngay sau chữ cuối (end_mark: true) và bỏ chữ thừa sau câu.");
        }
    }
}
