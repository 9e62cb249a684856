using System.Globalization;
using CcHc.Docs.Vietnamese;
using Scriban.Runtime;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The <c>vn.*</c> functions templates get for Vietnamese conventions: dates, numbers, words, letters,
/// Roman numerals and case. Built once, read-only, and shared by every render.
/// </summary>
internal static class VietnameseFunctions
{
    public static ScriptObject Module { get; } = Create();

    private static ScriptObject Create()
    {
        var vn = new ScriptObject();
        vn.Import("long_date", (Func<DateTime, string>)(d => DateLine.FormatLongDate(DateOnly.FromDateTime(d))));
        vn.Import("roman", (Func<int, string>)RomanNumerals.ToRoman);
        vn.Import("letter", (Func<int, string>)VietnameseLetters.Label);
        vn.Import("number", (Func<decimal, string>)VietnameseNumbers.Format);
        vn.Import("percent", (Func<decimal, string>)VietnameseNumbers.FormatPercent);
        vn.Import("words", (Func<long, string>)NumberWords.ToWords);
        vn.Import("money_words", (Func<long, string>)NumberWords.ToMoneyWords);
        vn.Import("upper", (Func<string, string>)VietnameseCase.ToUpper);
        vn.Import("lower", (Func<string, string>)VietnameseCase.ToLower);
        vn.Import("capitalize", (Func<string, string>)VietnameseCase.CapitalizeFirst);
        // Emphasis (**bold**, *italic*) as markup: Emphasis.ToMarkup escapes the text, TemplateMarkup prints as is.
        vn.Import("emphasis", (Func<string, TemplateMarkup>)(t => new TemplateMarkup(Emphasis.ToMarkup(t ?? ""))));
        // Footnotes (^[note]) only, for table cells, where asterisks stay text.
        vn.Import("footnotes", (Func<string, TemplateMarkup>)(t => new TemplateMarkup(Emphasis.FootnotesOnly(t ?? ""))));
        // Footnotes printed in parentheses where they stand, for Word templates (they have no footnote part).
        vn.Import("inline_notes", (Func<string, string>)(t => FootnoteMarks.Inline(t ?? "")));
        vn.Import("pad2", (Func<int, string>)(n => n.ToString("00", CultureInfo.InvariantCulture)));
        vn.IsReadOnly = true;
        return vn;
    }
}
