using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0052: the nơi nhận of a Kế hoạch does not say "Như Điều 3": that is the recipients line of a Quyết định,
/// whose last article names who carries it out; a plan has no articles.
/// </summary>
internal sealed partial class RecipientArticleRule : PlanRule
{
    public override string Code => "KH0052";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        for (var i = 0; i < plan.Recipients.Count; i++)
        {
            var match = AsArticle().Match(plan.Recipients[i]);
            if (match.Success)
            {
                yield return At($"recipients[{i}]",
                    $"Nơi nhận \"{plan.Recipients[i].Trim()}\": Kế hoạch không có điều, khoản (\"{match.Value}\" là cách ghi của quyết định); ghi tên các cơ quan, đơn vị nhận Kế hoạch.");
            }
        }
    }

    [GeneratedRegex(@"\b[Nn]hư (?:[Đđ]iều|[Kk]hoản) [0-9IVX]+", RegexOptions.CultureInvariant)]
    private static partial Regex AsArticle();
}
