using CcHc.Docs.Import;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Validation;
using CcHc.Docs.WordTemplates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Footnotes;

/// <summary>A plan that writes <c>^[note]</c>: the default templates, the Word template, validation and import.</summary>
public sealed class PlanFootnoteTests
{
    private static Plan PlanWithNotes(bool notes = true) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
        Title = new DocumentTitle { Summary = "Cải cách hành chính năm 2026" },
        Sections =
        [
            new Section
            {
                Kind = SectionKind.Implementation,
                Content =
                [
                    new ParagraphBlock(notes ? "Thực hiện Chỉ số PAR Index^[Chỉ số đo lường kết quả *cải cách hành chính* hằng năm.] của tỉnh." : "Thực hiện Chỉ số PAR Index (Chỉ số đo lường kết quả *cải cách hành chính* hằng năm.) của tỉnh."),
                    new BulletBlock(notes ? "Công bố thủ tục^[Theo Quyết định số 12/QĐ-UBND.] đúng hạn." : "Công bố thủ tục (Theo Quyết định số 12/QĐ-UBND.) đúng hạn."),
                ],
            },
        ],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
        Appendices =
        [
            new Appendix
            {
                Title = "DANH MỤC NHIỆM VỤ",
                Tables = [new AppendixTable { Tasks = [new PlanTask { Text = notes ? "Số hóa hồ sơ^[Hồ sơ từ năm 2020.]" : "Số hóa hồ sơ (Hồ sơ từ năm 2020.)", Lead = "Văn phòng", Deadline = "Quý II" }] }],
            },
        ],
    };

    [Fact]
    public void Body_bullets_and_appendix_cells_print_real_footnotes()
    {
        var plan = PlanWithNotes();
        var markup = PlanRenderer.Default.RenderMarkup(plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).Select(f => f.InnerText.Trim()).ToList();
        var body = document.MainDocumentPart.Document!.Body!;

        Assert.Contains("PAR Index<footnote>Chỉ số đo lường kết quả <i>cải cách hành chính</i> hằng năm.</footnote> của tỉnh.", markup, StringComparison.Ordinal);
        Assert.Equal(["Chỉ số đo lường kết quả cải cách hành chính hằng năm.", "Theo Quyết định số 12/QĐ-UBND.", "Hồ sơ từ năm 2020."], notes);
        Assert.Equal(3, body.Descendants<FootnoteReference>().Count());
        Assert.DoesNotContain("^[", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Thực hiện Chỉ số PAR Index của tỉnh.", body.InnerText, StringComparison.Ordinal);
        // The appendix cell's reference stands in the table.
        Assert.Single(body.Descendants<Table>().Last().Descendants<FootnoteReference>());
    }

    [Fact]
    public void A_task_in_the_body_prints_its_note_as_a_footnote()
    {
        var plan = PlanWithNotes() with
        {
            Sections = [new Section { Kind = SectionKind.Tasks, Content = [new TaskBlock(new PlanTask { Text = "Rà soát thủ tục^[Năm 2026.]", Lead = "Văn phòng" })] }],
            Appendices = [],
        };

        var markup = PlanRenderer.Default.RenderMarkup(plan);

        Assert.Contains("<item marker=\"dash\">Rà soát thủ tục<footnote>Năm 2026.</footnote> (chủ trì: Văn phòng)</item>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Word_template_prints_each_note_in_parentheses_where_it_stands()
    {
        var template = DocxTemplate.Load(new MemoryStream(Nd30WordTemplate.Create()), Nd30WordTemplate.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(template.Render(PlanWithNotes())), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("Thực hiện Chỉ số PAR Index (Chỉ số đo lường kết quả *cải cách hành chính* hằng năm.) của tỉnh.", text, StringComparison.Ordinal);
        Assert.Contains("Số hóa hồ sơ (Hồ sơ từ năm 2020.)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("^[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forbidden_character_inside_a_note_is_still_KH0056()
    {
        var plan = PlanWithNotes() with
        {
            Sections = [new Section { Kind = SectionKind.Implementation, Content = [new ParagraphBlock("Văn bản^[Ghi\u0001 chú.] mới.")] }],
        };

        var report = PlanValidator.Validate(plan);

        Assert.Contains(report.Diagnostics, d => d.Code == "KH0056" && d.Path == "sections[0].content[0].paragraph");
    }

    [Fact]
    public void Validation_and_import_take_a_plan_with_footnotes()
    {
        var plan = PlanWithNotes();
        var report = PlanValidator.Validate(plan);
        var imported = PlanImporter.ImportDocx(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)));

        // The notes' text is checked like any text, and the marks themselves raise nothing: the same findings as with
        // the notes written in parentheses.
        var without = PlanValidator.Validate(PlanWithNotes(notes: false));
        Assert.Equal(without.Diagnostics.Select(d => d.Code).Order(), report.Diagnostics.Select(d => d.Code).Order());
        // The importer reads each footnote back as ^[note], where its number stood.
        var yaml = CcHc.Docs.Serialization.PlanWriter.WriteYaml(imported.Plan);
        Assert.Contains("PAR Index^[Chỉ số đo lường kết quả cải cách hành chính hằng năm.] của tỉnh.", yaml, StringComparison.Ordinal);
        Assert.Contains("Công bố thủ tục^[Theo Quyết định số 12/QĐ-UBND.] đúng hạn.", yaml, StringComparison.Ordinal);
    }
}
