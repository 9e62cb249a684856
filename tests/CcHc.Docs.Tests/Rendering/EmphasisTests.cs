using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering;

public sealed class EmphasisTests
{
    [Theory]
    [InlineData("*Đơn vị phối hợp:* Sở Tư pháp", "<i>Đơn vị phối hợp:</i> Sở Tư pháp")]
    [InlineData("**1.** Tỷ lệ đạt 95%", "<b>1.</b> Tỷ lệ đạt 95%")]
    [InlineData("**đậm *nghiêng* đậm**", "<b>đậm <i>nghiêng</i> đậm</b>")]
    // Plain asterisks stay text: arithmetic, inside a word, unpaired, escaped.
    [InlineData("Diện tích 5 * 3 m", "Diện tích 5 * 3 m")]
    [InlineData("Mã A*B*C", "Mã A*B*C")]
    [InlineData("Ghi chú (*) cuối trang", "Ghi chú (*) cuối trang")]
    [InlineData(@"Dấu \*không nghiêng\*", "Dấu *không nghiêng*")]
    // Everything else is encoded as any printed value.
    [InlineData("*a < b* & \"c\"", "<i>a &lt; b</i> &amp; &quot;c&quot;")]
    public void Emphasis_becomes_runs_and_the_rest_is_encoded(string text, string markup) =>
        Assert.Equal(markup, Emphasis.ToMarkup(text));

    [Fact]
    public void Body_text_prints_emphasis_as_runs_in_the_document()
    {
        var plan = new Plan
        {
            Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
            Title = new DocumentTitle { Summary = "Cải cách hành chính năm 2026" },
            Sections = [new Section { Kind = SectionKind.Implementation, Content = [new ParagraphBlock("*Đơn vị phối hợp:* Sở Tư pháp; **1.** đạt 5 * 3.")] }],
            Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
        };

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        var runs = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().ToList();

        Assert.Contains("<p><i>Đơn vị phối hợp:</i> Sở Tư pháp; <b>1.</b> đạt 5 * 3.</p>", markup, StringComparison.Ordinal);
        var italic = runs.Single(r => r.InnerText == "Đơn vị phối hợp:");
        Assert.NotNull(italic.RunProperties?.Italic);
        Assert.NotNull(runs.Single(r => r.InnerText == "1.").RunProperties?.Bold);
        Assert.Contains(runs, r => r.InnerText.Contains("đạt 5 * 3.", StringComparison.Ordinal));
    }
}
