using System.Globalization;

namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1012: body line spacing from single to 1.5 lines (or an exact spacing of 15–23 pt). nd30 §5.</summary>
internal sealed class LineSpacingRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document) =>
        LayoutFinding.First("KH1012", Severity.Warning,
            document.Paragraphs.Where(p => p.Role is LayoutRole.Body && p.Spacing is { } s && !Allowed(s.Line, s.Rule)),
            p => $"Giãn dòng {Describe(p.Spacing!.Value)} ở \"{FontFamilyRule.Excerpt(p.Text)}\"; NĐ30: từ một dòng (single) đến 1,5 dòng.");

    private static bool Allowed(int line, string rule) => rule switch
    {
        "auto" => line is >= 240 and <= 360,
        _ => line is >= 300 and <= 460,
    };

    private static string Describe((int Line, string Rule) spacing) => spacing.Rule == "auto"
        ? (spacing.Line / 240m).ToString("0.##", CultureInfo.InvariantCulture) + " dòng"
        : (spacing.Line / 20m).ToString("0.#", CultureInfo.InvariantCulture) + " pt";
}
