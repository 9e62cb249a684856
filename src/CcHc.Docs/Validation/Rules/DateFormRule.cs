using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0044: the same date is written the same way throughout the plan ("ngày 09 tháng 6 năm 2025", not also
/// "ngày 9 tháng 6 năm 2025"; NĐ30 puts a zero before days below 10). Long and numeric forms are compared
/// separately. Reported once per date, where the second form first appears.
/// </summary>
internal sealed class DateFormRule : PlanRule
{
    public override string Code => "KH0044";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var first = new Dictionary<(DateOnly, bool), string>();
        var reported = new HashSet<(DateOnly, bool)>();
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (text.Role == TextRole.AppendixCaption)
            {
                continue;
            }
            foreach (var (date, form, isLong) in TextPatterns.DatesIn(text.Text))
            {
                var key = (date, isLong);
                var normal = string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = normal;
                }
                else if (earlier != normal && reported.Add(key))
                {
                    yield return At(text.Path, $"Ngày \"{normal}\" viết khác với \"{earlier}\" ở chỗ khác; thống nhất một cách viết (NĐ30: \"ngày 09\", có số 0 trước ngày dưới 10).");
                }
            }
        }
    }
}
