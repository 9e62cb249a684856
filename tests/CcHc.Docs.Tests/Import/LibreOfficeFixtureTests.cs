using CcHc.Docs.Import;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Tests.Rendering;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// A .docx our writer did not make: Fixtures/an-binh-chuyen-doi-so-2026.html converted by LibreOffice
/// (Fixtures/convert.sh; the converted file is committed, so the test needs no LibreOffice). It has automatic
/// numbering through numbering.xml (separate lists with start values), typed labels, a borderless letterhead
/// table, a signature table, a page break before the appendix, a repeated header row and merged group cells.
/// </summary>
public class LibreOfficeFixtureTests
{
    private static ImportResult Import() =>
        PlanImporter.ImportFile(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "an-binh-chuyen-doi-so-2026.docx"));

    [Fact]
    public void Letterhead_title_and_front_matter_come_back()
    {
        var plan = Import().Plan;
        Assert.Equal("Ủy ban nhân dân xã An Bình", plan.Letterhead.Issuer);
        Assert.Equal(15, plan.Letterhead.Number);
        Assert.Equal("An Bình", plan.Letterhead.Place);
        Assert.Equal(new DateOnly(2026, 2, 5), plan.Letterhead.Date);
        Assert.Equal("Chuyển đổi số năm 2026 trên địa bàn xã An Bình", plan.Title.Summary);
        var basis = Assert.Single(plan.Bases);
        Assert.Equal("12/KH-UBND", basis.Number);
        Assert.Equal(new DateOnly(2026, 1, 10), basis.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh An Giang", basis.Issuer);
        Assert.Null(basis.Text);   // the only căn cứ ends with "." as the computed line does
        Assert.Equal("Ủy ban nhân dân xã An Bình ban hành Kế hoạch chuyển đổi số năm 2026, như sau:", plan.Preamble);
    }

    [Fact]
    public void Automatic_numbering_gives_the_sections_their_levels()
    {
        var plan = Import().Plan;
        Assert.Equal([SectionKind.Purpose, SectionKind.Tasks, SectionKind.Implementation], plan.Sections.Select(s => s.Kind));
        Assert.All(plan.Sections, s => Assert.Null(s.Title));   // the default headings, printed by numbering.xml labels I., II.
        var purpose = plan.Sections[0].Content.OfType<SubsectionBlock>().Select(b => b.Section).ToList();
        Assert.Equal(["Mục đích", "Yêu cầu"], purpose.Select(s => s.Title));
        Assert.Equal(2, purpose[0].Content.OfType<BulletBlock>().Count());
        var units = plan.Sections[1].Content.OfType<SubsectionBlock>().Select(b => b.Section).ToList();
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Công an xã"], units.Select(s => s.Unit));
        Assert.Equal(BulletStyle.Plus, units[0].Content.OfType<BulletBlock>().Last().Style);
        Assert.IsType<ParagraphBlock>(Assert.Single(units[1].Content));
        var item = Assert.IsType<SubsectionBlock>(Assert.Single(plan.Sections[2].Content)).Section;
        Assert.StartsWith("Các cơ quan, đơn vị căn cứ", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_nơi_nhận_signature_and_the_appendix_table_come_back()
    {
        var plan = Import().Plan;
        Assert.Equal("Trên đây là Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân xã An Bình.", plan.Closing!.Text);
        Assert.True(plan.Closing.EndMark);
        Assert.Equal(["UBND tỉnh", "Sở Khoa học và Công nghệ"], plan.Recipients);
        Assert.Equal(["VT", "VHXH"], plan.Archive);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN"], plan.Signature.Authority.Select(a => a.ToString()));
        Assert.Equal("CHỦ TỊCH", plan.Signature.Position);
        Assert.Equal("Trần Văn Bình", plan.Signature.Name);

        var appendix = Assert.Single(plan.Appendices);
        Assert.Null(appendix.Label);     // "Phụ lục" is the computed label of a single appendix
        Assert.Null(appendix.Caption);   // and the caption is the computed one
        Assert.Equal("NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026", appendix.Title);
        var table = Assert.Single(appendix.Tables);
        Assert.Equal([ColumnField.Number, ColumnField.Task, ColumnField.Lead, ColumnField.Deadline], table.Columns.Select(c => c.Field));
        Assert.Equal(["Hạ tầng số", "Kỹ năng số"], table.Groups.Select(g => g.Title));
        var digitisation = table.Groups[0].Tasks[1];
        Assert.Equal(["Số hóa hồ sơ còn hiệu lực", "Số hóa hồ sơ lưu trữ"], digitisation.Subtasks.Select(t => t.Text));
        Assert.Equal("Quý IV", digitisation.Subtasks[1].Deadline);
        Assert.Null(digitisation.Deadline);
    }

    [Fact]
    public void Its_text_comes_back_when_the_import_is_rendered()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "an-binh-chuyen-doi-so-2026.docx");
        using var original = WordprocessingDocument.Open(fixture, false);
        var source = string.Join('\n', DocxText.Lines(original, skipLetterhead: true));
        using var stream = new MemoryStream();
        PlanRenderer.Default.Render(Import().Plan, stream);
        stream.Position = 0;
        using var rendered = WordprocessingDocument.Open(stream, false);
        var render = string.Join('\n', DocxText.Lines(rendered, skipLetterhead: true));
        // The fixture prints its automatic labels through numbering.xml (not in the text); ours types them.
        Assert.True(WordSimilarity.Ratio(source, render) >= 0.95, $"{WordSimilarity.Ratio(source, render):P1}\n{WordAlignment.Align(source, render).Describe()}");
    }

    [Fact]
    public void The_report_names_the_parts_it_recognised_by_paragraph()
    {
        var report = Import().Report;
        Assert.Contains(report.Notes, n => n.Path == "letterhead.number" && n.Paragraph > 0);
        Assert.Contains(report.Notes, n => n.Path == "appendices[0]" && n.Kind == ImportNoteKind.Recognised);
        Assert.Empty(report.Guesses);
    }
}
