using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0057: text is not blank. The trích yếu must be written, and no text may hold only spaces, tabs or line
/// breaks: such a value prints nothing, and a blank trích yếu leaves the title without a line.
/// </summary>
internal sealed class BlankTextRule : PlanRule
{
    // KH0004 (place), KH0006 (issuer) and KH0032 (signer's name) already report these blank.
    private static readonly HashSet<string> CheckedElsewhere = new(StringComparer.Ordinal)
    {
        "letterhead.place", "letterhead.issuer", "signature.name",
    };

    public override string Code => "KH0057";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (string.IsNullOrEmpty(plan.Title.Summary))
        {
            yield return At("title.summary", "Thiếu trích yếu nội dung của kế hoạch.");
        }
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (text.Text.Length > 0 && string.IsNullOrWhiteSpace(text.Text) && !CheckedElsewhere.Contains(text.Path))
            {
                yield return At(text.Path, "Trường này chỉ có khoảng trắng (dấu cách, tab hoặc xuống dòng); viết nội dung hoặc bỏ trường.");
            }
        }
    }
}
