using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0051: a determiner (các, những, mọi, từng) typed inside a compound whose first syllable never stands
/// alone there: "phối hợp cơ các quan" for "các cơ quan", "đơn các vị" for "các đơn vị".
/// </summary>
internal sealed partial class SwappedWordRule : PlanRule
{
    /// <summary>
    /// Compounds of administrative text whose first syllable does not end a word before "các": not "hành chính"
    /// ("ban hành các chính sách"), "nhiệm vụ" ("trách nhiệm các vụ việc"), "công chức" ("thành công các chức
    /// năng"), "doanh nghiệp", "phòng ban", "dự án", "viên chức", whose first syllable does.
    /// </summary>
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "cơ quan", "đơn vị", "tổ chức", "cá nhân", "thủ tục", "hồ sơ", "địa phương", "cán bộ", "giải pháp",
        "chính sách", "lĩnh vực", "đoàn thể", "chương trình", "văn bản", "đảng viên",
    };

    public override string Code => "KH0051";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            foreach (Match match in Triple().Matches(text.Text))
            {
                var first = match.Groups["first"].Value;
                var second = match.Groups["second"].Value;
                if (!Compounds.Contains($"{first} {second}".ToLowerInvariant()))
                {
                    continue;
                }
                var determiner = match.Groups["determiner"].Value;
                yield return At(text.Path,
                    $"\"{match.Value}\" có vẻ đảo trật tự từ; có phải \"{determiner} {first} {second}\"? Trong \"{TextPatterns.Around(text.Text, match.Index, match.Length)}\".");
                break;
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<first>[\p{L}\p{M}]+) (?<determiner>các|những|mọi|từng) (?<second>[\p{L}\p{M}]+)(?![\p{L}\p{M}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Triple();
}
