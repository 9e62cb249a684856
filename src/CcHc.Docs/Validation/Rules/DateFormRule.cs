using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0044: the same date is written the same way throughout the plan ("ngày 09 tháng 6 năm 2025", not also
/// "ngày 9 tháng 6 năm 2025"; NĐ30 puts a zero before days below 10). Long and numeric forms are compared
/// separately. Reported once per date, at the first form that is not NĐ30's (or at the second form).
/// </summary>
internal sealed class DateFormRule : PlanRule
{
    public override string Code => "KH0044";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var seen = new Dictionary<(DateOnly, bool), List<(string Form, string Path)>>();
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (text.Role == TextRole.AppendixCaption)
            {
                continue;
            }
            foreach (var (date, form, isLong) in TextPatterns.DatesIn(text.Text))
            {
                var key = (date, isLong);
                if (!seen.TryGetValue(key, out var list))
                {
                    seen[key] = list = [];
                }
                list.Add((string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries)), text.Path));
            }
        }
        foreach (var ((date, isLong), list) in seen)
        {
            if (list.Select(x => x.Form).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            var canonical = DateLine.FormatLongDate(date);
            var odd = isLong ? list.FirstOrDefault(x => x.Form != canonical) : default;
            if (odd.Form is null)
            {
                odd = list.First(x => x.Form != list[0].Form);
            }
            var other = list.First(x => x.Form != odd.Form).Form;
            yield return At(odd.Path,
                $"Ngày \"{odd.Form}\" viết khác với \"{other}\" ở chỗ khác; thống nhất một cách viết{(isLong ? $" theo NĐ30: \"{canonical}\"" : "")}.");
        }
    }
}
