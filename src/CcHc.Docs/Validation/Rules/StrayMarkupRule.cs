using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0040: no stray emphasis marks from a text editor or an extraction ("*ktm*", "**…**", "_…_") in the text. Body
/// paragraphs, bullets, item texts and targets print <c>*italic*</c> and <c>**bold**</c> as emphasis (docs/model.md),
/// so only "_…_" is stray there.
/// </summary>
internal sealed partial class StrayMarkupRule : PlanRule
{
    public override string Code => "KH0040";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            var printsEmphasis = text.Role is TextRole.Body or TextRole.Target && !text.Path.EndsWith(".see_appendix.text", StringComparison.Ordinal);
            var match = (printsEmphasis ? Underscores() : Emphasis()).Match(text.Text);
            if (match.Success)
            {
                yield return At(text.Path, $"Ký hiệu định dạng thừa \"{match.Value}\" trong \"{TextPatterns.Around(text.Text, match.Index, match.Length)}\"; xóa nó (chữ nghiêng, đậm do mẫu văn bản quyết định).");
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*{1,2}[^\s*][^*]{0,60}?\*{1,2}(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_[^\s_][^_]{0,60}?_(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_[^\s_][^_]{0,60}?_(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex Underscores();
}
