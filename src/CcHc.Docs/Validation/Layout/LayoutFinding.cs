using System.Globalization;

namespace CcHc.Docs.Validation.Layout;

/// <summary>Builds layout diagnostics: located at a paragraph ("paragraph 12"), one per rule and document.</summary>
internal static class LayoutFinding
{
    public static string PathOf(int paragraph) => "paragraph " + paragraph.ToString(CultureInfo.InvariantCulture);

    public static Diagnostic At(string code, Severity severity, int paragraph, string message) =>
        new(code, severity, PathOf(paragraph), message);

    /// <summary>One diagnostic for the first offending paragraph, counting the others in the message.</summary>
    public static IEnumerable<Diagnostic> First(string code, Severity severity, IEnumerable<LayoutParagraph> offending, Func<LayoutParagraph, string> message)
    {
        var list = offending.ToList();
        if (list.Count == 0)
        {
            yield break;
        }
        var more = list.Count > 1 ? $" (và {list.Count - 1} đoạn khác)" : "";
        yield return At(code, severity, list[0].Number, message(list[0]) + more);
    }

    public static string Sizes(LayoutParagraph p) => string.Join("/", p.Sizes.Select(s => s.ToString("0.#", CultureInfo.InvariantCulture))) + " pt";

    public static bool SizesWithin(LayoutParagraph p, decimal min, decimal max) => p.Sizes.All(s => s >= min && s <= max);
}
