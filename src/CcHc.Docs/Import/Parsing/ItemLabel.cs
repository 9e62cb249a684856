using System.Text.RegularExpressions;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>What a body paragraph's label says: its level (1 = I., 2 = 1., 3 = a) or 1.1.), or a dash/plus item.</summary>
internal enum LabelKind
{
    None,
    Roman,
    Arabic,
    Letter,
    Decimal,
    Dash,
    Plus,
}

/// <summary>Splits a printed paragraph into its label ("II.", "1.", "a)", "1.2.", "-", "+") and the text after it.</summary>
internal static partial class ItemLabel
{
    public static (LabelKind Kind, string Label, string Text) Split(string printed)
    {
        var text = printed.Trim();
        if (RomanPattern().Match(text) is { Success: true } roman && RomanNumerals.TryFromRoman(roman.Groups["l"].Value, out _))
        {
            return (LabelKind.Roman, roman.Groups["l"].Value + ".", roman.Groups["r"].Value.Trim());
        }
        if (DecimalPattern().Match(text) is { Success: true } dec)
        {
            return (LabelKind.Decimal, dec.Groups["l"].Value + ".", dec.Groups["r"].Value.Trim());
        }
        if (ArabicPattern().Match(text) is { Success: true } arabic)
        {
            return (LabelKind.Arabic, arabic.Groups["l"].Value + ".", arabic.Groups["r"].Value.Trim());
        }
        if (LetterPattern().Match(text) is { Success: true } letter)
        {
            return (LabelKind.Letter, letter.Groups["l"].Value + ")", letter.Groups["r"].Value.Trim());
        }
        if (DashPattern().Match(text) is { Success: true } dash)
        {
            return (LabelKind.Dash, "-", dash.Groups["r"].Value.Trim());
        }
        if (PlusPattern().Match(text) is { Success: true } plus)
        {
            return (LabelKind.Plus, "+", plus.Groups["r"].Value.Trim());
        }
        return (LabelKind.None, "", text);
    }

    [GeneratedRegex(@"^(?<l>[IVXLC]{1,7})\.\s*(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?<l>\d{1,3}(?:\.\d{1,3})+)\.?[\s\t]+(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^(?<l>\d{1,3})\.[\s\t]+(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ArabicPattern();

    [GeneratedRegex(@"^(?<l>[a-zđ])\)[\s\t]*(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^[-–—•][\s\t]+(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"^\+[\s\t]*(?<r>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex PlusPattern();
}
