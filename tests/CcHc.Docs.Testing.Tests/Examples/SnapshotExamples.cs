using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Testing.Tests.TestDocx;

namespace CcHc.Docs.Testing.Tests.Examples;

/// <summary>
/// The snapshot API used as template authors use it, with verified files committed beside this source
/// file. Each verified file was read line by line against the document built here before it was accepted.
/// </summary>
public sealed class SnapshotExamples
{
    [Fact]
    public Task Plan_with_letterhead_table_and_page_footer()
    {
        var letterhead = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
            new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "5760" }),
            new TableRow(
                new TableCell(Paragraph("ỦY BAN NHÂN DÂN", paragraph: Centered()), Paragraph("XÃ VĨNH PHONG", Size(26, bold: true), Centered())),
                Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        var footerNeeded = (MainDocumentPart main) =>
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(Centered(), new SimpleField(Run("1")) { Instruction = "PAGE" }));
            main.Document.Body!.Elements<SectionProperties>().Single()
                .PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        };
        var docx = Create(
            [
                letterhead,
                Paragraph("KẾ HOẠCH", Size(28, bold: true), Centered()),
                new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = "567" }),
                    Run("Căn cứ ", Size(28)), Run("Nghị định số 30/2020/NĐ-CP", Size(28)), Run(" ngày 05/3/2020.", Size(28))),
                Table([800, 4000, 2000], ["STT", "Nhiệm vụ", "Thời gian"], ["1", "Rà soát thủ tục hành chính", "Quý I"]),
            ],
            footerNeeded);

        return DocxSnapshot.VerifyAsync(docx);
    }

    [Theory]
    [InlineData("ke-hoach")]
    public void Markup_of_a_template(string template)
    {
        var markup = "<document>\r\n  <title>KẾ HOẠCH</title>   \r\n  <p>Cải cách hành chính</p>\r\n</document>\r\n";

        MarkupSnapshot.Verify(markup, new SnapshotSettings().UseParameters(template));
    }
}
