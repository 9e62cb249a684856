using System.Text;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0017: the plan's own place names (the địa danh and the unit in the issuer's name) are written with their
/// diacritics everywhere: "Vinh Phong" or "VINH PHONG" for "Vĩnh Phong" is a misspelling. Typed appendix captions
/// are left to KH0014.
/// </summary>
internal sealed class PlaceNameDiacriticsRule : PlanRule
{
    private static readonly string[] UnitWords = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"];

    public override string Code => "KH0017";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var names = PlaceNames(plan.Letterhead).ToList();
        foreach (var text in PlanWalker.StringsOf(plan))
        {
            if (text.Role is TextRole.AppendixCaption or TextRole.Letterhead)
            {
                continue;
            }
            var original = text.Text.Normalize(NormalizationForm.FormC);
            var folded = TextPatterns.Fold(original);
            if (folded.Length != original.Length)
            {
                continue;
            }
            foreach (var name in names)
            {
                var foldedName = TextPatterns.Fold(name);
                var lowerName = VietnameseCase.ToLower(name);
                for (var at = folded.IndexOf(foldedName, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(foldedName, at + 1, StringComparison.Ordinal))
                {
                    var end = at + foldedName.Length;
                    if ((at > 0 && char.IsLetter(folded[at - 1])) || (end < folded.Length && char.IsLetter(folded[end])))
                    {
                        continue;
                    }
                    var written = original[at..end];
                    if (VietnameseCase.ToLower(written) != lowerName)
                    {
                        var fixedName = written.Where(char.IsLetter).All(char.IsUpper) ? VietnameseCase.ToUpper(name) : name;
                        yield return At(text.Path, $"Địa danh \"{written}\" thiếu hoặc sai dấu; viết \"{fixedName}\".");
                        break;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> PlaceNames(Letterhead letterhead)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(letterhead.Place) && seen.Add(letterhead.Place.Trim()))
        {
            yield return letterhead.Place.Trim();
        }
        var issuer = letterhead.Issuer.Normalize(NormalizationForm.FormC);
        var lower = VietnameseCase.ToLower(issuer);
        foreach (var word in UnitWords)
        {
            var at = lower.IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                var name = issuer[(at + word.Length + 2)..].Trim();
                if (name.Length > 0 && TextPatterns.Fold(name) != name.ToLowerInvariant() && seen.Add(name))
                {
                    yield return name;
                }
                break;
            }
        }
    }
}
