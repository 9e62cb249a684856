using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class StructureRuleTests
{
    private static readonly Plan Valid = Complete();

    [Fact]
    public void KH0018_purpose_and_implementation_sections_are_present()
    {
        var none = Valid with { Sections = [Valid.Sections[1], Valid.Sections[2]] };
        var byHeading = Valid
            .WithSection(0, Valid.Sections[0] with { Kind = SectionKind.Custom, Title = "MỤC ĐÍCH VÀ YÊU CẦU" })
            .WithSection(3, Valid.Sections[3] with { Kind = SectionKind.Custom, Title = "TỔ CHỨC THỰC HIỆN KẾ HOẠCH" });

        Assert.Equal(["KH0018 sections", "KH0018 sections"], Run("KH0018", none));
        Assert.Empty(Run("KH0018", byHeading));
    }

    [Fact]
    public void KH0019_sibling_headings_differ()
    {
        var purpose = Valid.Sections[0];
        var twice = Valid.WithSection(0, purpose with { Content = [purpose.Content[0], purpose.Content[0]] });
        var topLevel = Valid.WithSection(1, Valid.Sections[1] with { Kind = SectionKind.Custom, Title = "Mục đích, yêu cầu" });

        Assert.Equal(["KH0019 sections[0].content[1].section.title"], Run("KH0019", twice));
        Assert.Equal(["KH0019 sections[1].title"], Run("KH0019", topLevel));
        Assert.Empty(Run("KH0019", Valid));
    }

    [Fact]
    public void KH0020_a_pointer_to_an_appendix_finds_one()
    {
        var noAppendix = Valid with { Appendices = [] };
        var beyond = Valid.WithSection(2, Valid.Sections[2] with { SeeAppendix = new AppendixReference { Appendix = 2 } });

        Assert.Equal(["KH0020 sections[2].see_appendix"], Run("KH0020", noAppendix));
        Assert.Equal(["KH0020 sections[2].see_appendix.appendix"], Run("KH0020", beyond));
        Assert.Empty(Run("KH0020", Valid));
    }

    [Fact]
    public void KH0021_a_plan_with_appendices_points_to_them()
    {
        var silent = Valid.WithSection(2, Valid.Sections[2] with { SeeAppendix = null });

        Assert.Equal(["KH0021 appendices"], Run("KH0021", silent));
        Assert.Empty(Run("KH0021", silent.WithBullet("Chi tiết các nhiệm vụ tại Phụ lục kèm theo.")));
        Assert.Empty(Run("KH0021", Valid));
    }

    [Fact]
    public void KH0022_the_closing_ends_with_the_end_mark()
    {
        var none = Valid with { Closing = new Closing { Text = "Trên đây là Kế hoạch. *ktm*", EndMark = false } };

        Assert.Equal(["KH0022 closing.text"], Run("KH0022", none));
        Assert.Empty(Run("KH0022", Valid with { Closing = new Closing { Text = "Trên đây là Kế hoạch./.", EndMark = false } }));
    }

    [Fact]
    public void KH0023_the_end_mark_has_no_space_before_it()
    {
        var spaced = Valid with { Closing = new Closing { Text = "… để xem xét, giải quyết. /.", EndMark = false } };

        Assert.Equal(["KH0023 closing.text"], Run("KH0023", spaced));
        Assert.Empty(Run("KH0023", Valid));
    }

    [Fact]
    public void KH0048_appendix_tables_give_a_column_one_header()
    {
        var second = Valid.Appendices[0] with
        {
            Tables = [Valid.Appendices[0].Tables[0] with { Columns = new(TableColumn.Standard.Select((c, i) => i == 0 ? c with { Header = "TT" } : c)) }],
        };

        Assert.Equal(["KH0048 appendices[1].tables[0].columns[0].header"], Run("KH0048", Valid with { Appendices = [Valid.Appendices[0], second] }));
        Assert.Empty(Run("KH0048", Valid with { Appendices = [Valid.Appendices[0], Valid.Appendices[0]] }));
    }

    [Fact]
    public void KH0053_body_text_refers_only_to_appendices_the_plan_has()
    {
        var none = (Valid with { Appendices = [] }).WithSection(2, Valid.Sections[2] with { SeeAppendix = null });

        Assert.Equal([$"KH0053 {BulletPath}"], Run("KH0053", none.WithBullet("Thực hiện theo Phụ lục gửi kèm.")));
        Assert.Equal([$"KH0053 {BulletPath}"], Run("KH0053", Valid.WithBullet("Chi tiết tại Phụ lục 01…05 kèm theo.")));
        Assert.Contains("2, 3, 4, 5", PlanValidator.Validate(Valid.WithBullet("Chi tiết tại Phụ lục 01…05 kèm theo.")).Diagnostics.Single(d => d.Code == "KH0053").Message, StringComparison.Ordinal);
        // Another document's appendix, and this plan's only appendix, are fine.
        Assert.Empty(Run("KH0053", none.WithBullet("Áp dụng Phụ lục II ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026.")));
        Assert.Empty(Run("KH0053", Valid.WithBullet("Chi tiết tại Phụ lục I kèm theo Kế hoạch này.")));
    }

    [Fact]
    public void KH0054_when_the_body_points_by_number_every_appendix_is_pointed_to()
    {
        var two = Valid with { Appendices = [.. Valid.Appendices, Valid.Appendices[0] with { Title = "BIỂU CHỈ TIÊU" }] };

        Assert.Equal(["KH0054 appendices[1]"], Run("KH0054", two));
        Assert.Empty(Run("KH0054", two.WithBullet("Các chỉ tiêu tại Phụ lục II.")));
        Assert.Empty(Run("KH0054", two.WithBullet("Chi tiết tại các phụ lục kèm theo.")));
    }
}
