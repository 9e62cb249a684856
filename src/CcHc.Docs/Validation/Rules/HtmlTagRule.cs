using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0039: no raw HTML tags (<c>&lt;p&gt;</c>, <c>&lt;ul …&gt;</c>, <c>&lt;/li&gt;</c>) left over from a web editor; they would print as text.</summary>
internal sealed partial class HtmlTagRule : PlanRule
{
    public override string Code => "KH0039";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            var tags = Tag().Matches(text.Text).Select(m => m.Value.Length <= 30 ? m.Value : TextElements.Head(m.Value, 27) + "…").Distinct().ToList();
            if (tags.Count > 0)
            {
                yield return At(text.Path,
                    $"Văn bản chứa thẻ HTML {string.Join(", ", tags.Select(t => $"\"{t}\""))}; bỏ thẻ, giữ chữ (danh sách trong ô viết thành các dòng \"- …\").");
            }
        }
    }

    [GeneratedRegex(@"</?(?:p|ul|ol|li|br|div|span|b|i|u|strong|em|table|tr|td|th|h[1-6]|a|font|sup|sub)\b[^<>]*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
