namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1003: text is set in Times New Roman (the Unicode font of TCVN 6909:2001 in practice). nd30 §1, §9.</summary>
internal sealed class FontFamilyRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document) =>
        LayoutFinding.First("KH1003", Severity.Warning,
            document.Paragraphs.Where(p => p.Text.Length > 0 && p.Fonts.Any(f => !f.Equals("Times New Roman", StringComparison.OrdinalIgnoreCase))),
            p => $"Phông chữ \"{p.Fonts.First(f => !f.Equals("Times New Roman", StringComparison.OrdinalIgnoreCase))}\" ở \"{Excerpt(p.Text)}\"; dùng Times New Roman.");

    internal static string Excerpt(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
