using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Validation.Layout;

/// <summary>
/// KH1010: page numbers in the header (top margin), from page 2: the first section has a different first page
/// whose header shows no number, and its other pages' header holds a PAGE field. nd30 §2.
/// </summary>
internal sealed class PageNumberRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        if (document.Sections.Count == 0)
        {
            yield break;
        }
        var (properties, first) = document.Sections[0];
        var titlePage = properties.GetFirstChild<TitlePage>() is { } t && (t.Val is null || t.Val.Value);
        var headers = properties.Elements<HeaderReference>().ToList();
        var defaultHeader = Header(document.Main, headers.FirstOrDefault(h => h.Type is null || h.Type.InnerText == "default"));
        var firstHeader = Header(document.Main, headers.FirstOrDefault(h => h.Type?.InnerText == "first"));
        if (defaultHeader is null || !HasPageField(defaultHeader))
        {
            yield return LayoutFinding.At("KH1010", Severity.Warning, first,
                "Không có số trang ở đầu trang (header); đánh số trang từ trang 2, giữa lề trên, cỡ 13–14 pt.");
        }
        else if (!titlePage || (firstHeader is not null && HasPageField(firstHeader)))
        {
            yield return LayoutFinding.At("KH1010", Severity.Warning, first,
                "Trang 1 không được hiện số trang; chọn \"Different first page\" và để trống đầu trang của trang 1.");
        }
    }

    private static Header? Header(MainDocumentPart main, HeaderReference? reference) =>
        reference?.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is HeaderPart header ? header.Header : null;

    private static bool HasPageField(Header header) =>
        header.Descendants<SimpleField>().Any(f => f.Instruction?.Value?.Contains("PAGE", StringComparison.Ordinal) == true)
        || header.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGE", StringComparison.Ordinal));
}
