using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0013: the số/ký hiệu and the date of a typed appendix caption are written as NĐ30 writes them:
/// "78/KH-UBND", not "78 /KH-UBND"; "ngày 20 tháng 3 năm 2026", not "ngày 20 / 3 /2026".
/// </summary>
internal sealed class AppendixCaptionFormRule : PlanRule
{
    public override string Code => "KH0013";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            if (plan.Appendices[i].Caption is not { } caption || CaptionParts.Read(caption) is not { } parts)
            {
                continue;
            }
            var path = $"appendices[{i}].caption";
            if (parts.Number is not null && parts.NumberText.Any(char.IsWhiteSpace))
            {
                var compact = string.Concat(parts.NumberText.Where(c => !char.IsWhiteSpace(c)));
                yield return At(path, $"Số, ký hiệu \"{parts.NumberText}\" có dấu cách; viết liền: \"{compact}\".");
            }
            if (TextPatterns.ReadDate(parts.DateText) is { } date && parts.DateText != DateLine.FormatLongDate(date))
            {
                yield return At(path, $"Ngày \"{parts.DateText}\" không đúng cách viết của NĐ30; viết \"{DateLine.FormatLongDate(date)}\".");
            }
        }
    }
}
