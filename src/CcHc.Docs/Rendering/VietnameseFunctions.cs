using CcHc.Docs.Vietnamese;
using Scriban.Runtime;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The <c>vn.*</c> functions templates get for Vietnamese conventions: dates, numbers, words, letters,
/// Roman numerals and case. Built once and shared read-only by every render.
/// </summary>
internal static class VietnameseFunctions
{
    /// <summary>The module as a Scriban object, for Scriban templates (.docx Word templates today).</summary>
    public static Scriban.Runtime.ScriptObject Module { get; } = Create();

    /// <summary>
    /// The same functions for the in-house engine, which PlanRenderer still renders .sbn templates with;
    /// goes away with that engine.
    /// </summary>
    public static CcHc.Docs.Templating.Runtime.ScriptObject LegacyModule { get; } = CreateLegacy();

    private static Scriban.Runtime.ScriptObject Create()
    {
        var vn = new Scriban.Runtime.ScriptObject();
        foreach (var (name, function) in Functions())
        {
            vn.Import(name, function);
        }
        vn.IsReadOnly = true;
        return vn;
    }

    private static CcHc.Docs.Templating.Runtime.ScriptObject CreateLegacy()
    {
        var vn = new CcHc.Docs.Templating.Runtime.ScriptObject();
        foreach (var (name, function) in Functions())
        {
            vn.Import(name, function);
        }
        vn.Freeze();
        return vn;
    }

    private static IEnumerable<(string Name, Delegate Function)> Functions() =>
    [
        ("long_date", (Func<DateTime, string>)(d => DateLine.FormatLongDate(DateOnly.FromDateTime(d)))),
        ("roman", (Func<int, string>)RomanNumerals.ToRoman),
        ("letter", (Func<int, string>)VietnameseLetters.Label),
        ("number", (Func<decimal, string>)VietnameseNumbers.Format),
        ("percent", (Func<decimal, string>)VietnameseNumbers.FormatPercent),
        ("words", (Func<long, string>)NumberWords.ToWords),
        ("money_words", (Func<long, string>)NumberWords.ToMoneyWords),
        ("upper", (Func<string, string>)VietnameseCase.ToUpper),
        ("lower", (Func<string, string>)VietnameseCase.ToLower),
        ("capitalize", (Func<string, string>)VietnameseCase.CapitalizeFirst),
        ("pad2", (Func<int, string>)(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))),
    ];
}
