using System.Text.RegularExpressions;

namespace CcHc.Docs.Validation;

/// <summary>
/// The parts of an appendix caption as a user typed it: "(Ban hành kèm theo Kế hoạch số 78 /KH-UBND ngày 20 / 3 /2026
/// của Ủy ban nhân dân xã Vinh Phong)" gives kind, number, symbol, the number as written, the date as written and issuer.
/// </summary>
internal sealed partial record CaptionParts(string Kind, int? Number, string Symbol, string NumberText, string DateText, string Issuer)
{
    /// <summary>The parts, or null when the caption does not have the "kèm theo … số … ngày … của …" form.</summary>
    public static CaptionParts? Read(string caption)
    {
        var match = Pattern().Match(caption.Trim());
        if (!match.Success)
        {
            return null;
        }
        int? number = int.TryParse(match.Groups["n"].Value, out var n) ? n : null;
        return new CaptionParts(match.Groups["kind"].Value, number, match.Groups["sym"].Value,
            match.Groups["num"].Value, match.Groups["date"].Value.Trim(), match.Groups["issuer"].Value.Trim());
    }

    [GeneratedRegex(@"^\(?\s*(?:[Bb]an hành\s+)?[Kk]èm theo\s+(?<kind>.+?)\s+số\s*(?<num>(?<n>[0-9]*)\s*/\s*(?<sym>[^\s)]+))\s+(?<date>ngày\b.*?)\s+của\s+(?<issuer>[^)]+?)\s*\)?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
