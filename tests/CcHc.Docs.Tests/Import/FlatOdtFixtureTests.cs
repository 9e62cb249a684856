using CcHc.Docs.Import;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// A second .docx our writer did not make: Fixtures/tan-lap-tuyen-truyen-2026.fodt (typed in Writer's flat ODT)
/// converted by LibreOffice (Fixtures/convert.sh; the .docx is committed). It has labels followed by a tab ("I.⇥",
/// "1.⇥", "-⇥", "+⇥"), automatic bullets and automatic numbering continued across lists (labels followed by a tab
/// stop), a borderless letterhead table, a signature table with TM. and KT. lines, and the appendix in its own
/// landscape section after a portrait body, with a lead cell merged down over two task rows.
/// </summary>
public class FlatOdtFixtureTests
{
    private const string Name = "tan-lap-tuyen-truyen-2026";

    private static string Fixture(string extension) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", Name + extension);

    private static ImportResult Import() => PlanImporter.ImportFile(Fixture(".docx"));

    [Fact]
    public void Letterhead_and_front_matter_come_back_from_the_borderless_table()
    {
        var plan = Import().Plan;
        Assert.Equal("Ủy ban nhân dân xã Tân Lập", plan.Letterhead.Issuer);
        Assert.Null(plan.Letterhead.ParentBody);
        Assert.Equal(42, plan.Letterhead.Number);
        Assert.Equal("Tân Lập", plan.Letterhead.Place);
        Assert.Equal(new DateOnly(2026, 3, 12), plan.Letterhead.Date);
        Assert.Equal("Tuyên truyền cải cách hành chính năm 2026", plan.Title.Summary);
        var basis = Assert.Single(plan.Bases);
        Assert.Equal("30/KH-UBND", basis.Number);
        Assert.Equal("Ủy ban nhân dân huyện Tân Phú", basis.Issuer);
        Assert.Equal("Ủy ban nhân dân xã Tân Lập ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026, như sau:", plan.Preamble);
    }

    [Fact]
    public void Labels_followed_by_a_tab_and_automatic_lists_give_the_structure_without_tabs()
    {
        var plan = Import().Plan;
        Assert.Equal([SectionKind.Purpose, SectionKind.Tasks, SectionKind.Implementation], plan.Sections.Select(s => s.Kind));
        Assert.All(plan.Sections, s => Assert.Null(s.Title));   // "I.⇥MỤC ĐÍCH, YÊU CẦU" is the default heading

        var purpose = Subsections(plan.Sections[0]);
        Assert.Equal(["Mục đích", "Yêu cầu"], purpose.Select(s => s.Title));
        // Automatic bullets (numbering.xml, bullet format): the text without the bullet.
        Assert.Equal<Block>(
            [new BulletBlock("Người dân và doanh nghiệp biết, hiểu và giám sát việc giải quyết thủ tục hành chính."),
             new BulletBlock("Nâng mức hài lòng của người dân đối với sự phục vụ của cơ quan hành chính.")],
            purpose[0].Content);
        // A typed "-⇥": the same bullet.
        Assert.Equal<Block>([new BulletBlock("Tuyên truyền thường xuyên, đúng trọng tâm, bằng nhiều hình thức phù hợp.")], purpose[1].Content);

        // Automatic decimal numbering in two lists, the second continuing the first (1., 2.).
        var tasks = Subsections(plan.Sections[1]);
        Assert.Equal(["Tuyên truyền trên hệ thống truyền thanh", "Tuyên truyền trên Trang thông tin điện tử của xã"], tasks.Select(s => s.Title));
        Assert.Equal<Block>(
            [new BulletBlock("Phát thanh chuyên mục cải cách hành chính mỗi tháng 02 lần."),
             new BulletBlock("Đưa tin về kết quả giải quyết hồ sơ tại Bộ phận Một cửa.", BulletStyle.Plus)],
            tasks[0].Content);
        Assert.Equal<Block>([new ParagraphBlock("Đăng tải đầy đủ thủ tục hành chính và kết quả giải quyết hồ sơ.")], tasks[1].Content);

        var implementation = Assert.Single(Subsections(plan.Sections[2]));
        Assert.Equal("Công chức Văn hóa - Xã hội chủ trì, phối hợp với các đoàn thể triển khai Kế hoạch này.", implementation.Text);

        Assert.DoesNotContain('\t', ImportYaml.Write(Import()));
    }

    [Fact]
    public void The_signature_table_gives_nơi_nhận_and_a_TM_KT_signature()
    {
        var plan = Import().Plan;
        Assert.Equal("Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Ủy ban nhân dân xã Tân Lập.", plan.Closing!.Text);
        Assert.True(plan.Closing.EndMark);
        Assert.Equal(["UBND huyện Tân Phú", "Đảng ủy xã"], plan.Recipients);
        Assert.Equal(["VT"], plan.Archive);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], plan.Signature.Authority.Select(a => a.ToString()));
        Assert.Equal("PHÓ CHỦ TỊCH", plan.Signature.Position);
        Assert.Equal("Lê Thị Hoa", plan.Signature.Name);
    }

    [Fact]
    public void The_appendix_in_its_own_landscape_section_comes_back_landscape_with_its_table()
    {
        // The source: a portrait body section, then the appendix section (page style change = section break).
        SourceDocument source;
        using (var stream = File.OpenRead(Fixture(".docx")))
        {
            source = DocxSource.Read(stream);
        }
        Assert.Equal([false, true], source.LandscapeSections);
        var label = source.Blocks.OfType<SourceParagraph>().Single(p => p.Text == "Phụ lục");
        Assert.Equal(1, label.Section);
        Assert.True(label.AfterBreak);

        var result = Import();
        var appendix = Assert.Single(result.Plan.Appendices);
        Assert.Equal(PageOrientation.Landscape, appendix.Orientation);
        Assert.Contains(result.Report.Notes, n => n.Path == "appendices[0]" && n.Paragraph == label.Number && n.Message.Contains("trang ngang", StringComparison.Ordinal));
        Assert.Equal("LỊCH TUYÊN TRUYỀN NĂM 2026", appendix.Title);
        Assert.Null(appendix.Caption);   // the caption is the computed one
        var table = Assert.Single(appendix.Tables);
        Assert.Equal([ColumnField.Number, ColumnField.Task, ColumnField.Lead, ColumnField.Extra, ColumnField.Deadline], table.Columns.Select(c => c.Field));
        Assert.Equal("Hình thức", table.Columns[3].Key);
        Assert.Empty(table.Groups);
        Assert.Equal(
            ["Chuyên mục “Cải cách hành chính & người dân”", "Niêm yết thủ tục hành chính tại Bộ phận Một cửa", "Cập nhật kết quả giải quyết hồ sơ trên bảng điện tử"],
            table.Tasks.Select(t => t.Text));
        // The lead cell merged over tasks 2 and 3 (vMerge restart/continue) is the lead of both.
        Assert.Equal(["Đài truyền thanh xã", "Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"], table.Tasks.Select(t => t.Lead));
        Assert.Equal(["Hằng tháng", "Quý I", "Hằng tuần"], table.Tasks.Select(t => t.Deadline));
        Assert.Equal([new KeyValuePair<string, string>("Hình thức", "Niêm yết")], table.Tasks[1].Extra);
        Assert.Equal([new KeyValuePair<string, string>("Hình thức", "Bảng điện tử")], table.Tasks[2].Extra);
    }

    [Fact]
    public void Nothing_is_a_guess()
    {
        Assert.Empty(Import().Report.Guesses);
    }

    [LibreOfficeFact]
    public void The_flat_odt_itself_imports_through_LibreOffice_as_the_same_plan()
    {
        Assert.Equal(Import().Plan, PlanImporter.ImportFile(Fixture(".fodt")).Plan);
    }

    private static List<Section> Subsections(Section section) =>
        [.. section.Content.OfType<SubsectionBlock>().Select(b => b.Section)];
}
