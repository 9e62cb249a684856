using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0050: a word group typed twice in a row ("tổ chức tổ chức thực hiện", "của của"). Two-syllable groups are
/// always reported; a single syllable only when it is a function word (của, và, các …), because Vietnamese
/// reduplicates content words on purpose ("ngày ngày", "người người, nhà nhà", "từ từ").
/// </summary>
internal sealed partial class RepeatedWordRule : PlanRule
{
    public override string Code => "KH0050";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            var match = Repeated().Match(text.Text);
            if (!match.Success)
            {
                continue;
            }
            var group = match.Groups["words"].Value;
            yield return At(text.Path,
                $"\"{group}\" lặp lại hai lần liền nhau trong \"{TextPatterns.Around(text.Text, match.Index, match.Length)}\"; xóa một lần.");
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<words>[\p{L}\p{M}]+ [\p{L}\p{M}]+|của|và|các|những|được|trong|để|cho|với|là|thì|đã|sẽ|theo|tại|về|đến|có|không|này|một|bị|nhằm|hoặc|do|mà|ở|trên|đối với) \k<words>(?![\p{L}\p{M}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Repeated();
}
