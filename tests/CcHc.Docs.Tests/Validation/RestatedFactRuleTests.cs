using CcHc.Docs.Plans;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class RestatedFactRuleTests
{
    private static readonly Plan Valid = Complete();

    private static Plan WithCaption(string caption) => Valid.WithAppendix(a => a with { Caption = caption });

    [Fact]
    public void KH0012_a_typed_caption_cites_the_plans_own_number_and_date()
    {
        Assert.Equal(["KH0012 appendices[0].caption"],
            Run("KH0012", WithCaption("(Kèm theo Kế hoạch số 48/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)")));
        Assert.Equal(["KH0012 appendices[0].caption"],
            Run("KH0012", WithCaption("(Kèm theo Kế hoạch số 78/KH-UBND ngày 21 tháng 3 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)")));
        Assert.Empty(Run("KH0012", WithCaption(PlanText.ComputedAppendixCaption(Valid))));
    }

    [Fact]
    public void KH0013_a_typed_caption_writes_number_and_date_the_nd30_way()
    {
        Assert.Equal(["KH0013 appendices[0].caption", "KH0013 appendices[0].caption"],
            Run("KH0013", WithCaption("(Ban hành kèm theo Kế hoạch số 78 /KH-UBND ngày 20 / 3 /2026 của Ủy ban nhân dân xã Vĩnh Phong)")));
        Assert.Empty(Run("KH0013", WithCaption("(Ban hành kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của UBND xã Vĩnh Phong)")));
    }

    [Fact]
    public void KH0014_a_typed_caption_names_the_letterhead_issuer()
    {
        Assert.Equal(["KH0014 appendices[0].caption"],
            Run("KH0014", WithCaption("(Kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân xã Vinh Phong)")));
        Assert.Empty(Run("KH0014", WithCaption("(Kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của UBND xã Vĩnh Phong)")));
    }

    [Fact]
    public void KH0015_appendix_labels_use_roman_numerals_when_there_are_two()
    {
        var two = Valid with { Appendices = [Valid.Appendices[0] with { Label = "Phụ lục 1" }, Valid.Appendices[0] with { Label = "Phụ lục II" }] };
        var right = Valid with { Appendices = [Valid.Appendices[0] with { Label = "Phụ lục I" }, Valid.Appendices[0]] };

        Assert.Equal(["KH0015 appendices[0].label"], Run("KH0015", two));
        Assert.Empty(Run("KH0015", right));
        Assert.Empty(Run("KH0015", Valid.WithAppendix(a => a with { Label = "Phụ lục I" })));
    }

    [Fact]
    public void KH0016_a_sentence_citing_this_plan_uses_its_number()
    {
        var closing = Valid with { Closing = new Closing { Text = "Trên đây là Kế hoạch số 48/KH-UBND của Ủy ban nhân dân xã Vĩnh Phong." } };
        var paragraph = Valid.WithBullet("Triển khai Kế hoạch số 48/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân xã.");
        var anotherPlan = Valid.WithBullet("Triển khai Kế hoạch số 05/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân xã.");

        Assert.Equal(["KH0016 closing.text"], Run("KH0016", closing));
        Assert.Equal([$"KH0016 {BulletPath}"], Run("KH0016", paragraph));
        Assert.Empty(Run("KH0016", anotherPlan));
        Assert.Empty(Run("KH0016", Valid.WithBullet("Thực hiện Kế hoạch số 78/KH-UBND ngày 20/3/2026.")));
    }

    [Fact]
    public void KH0017_the_plans_place_names_keep_their_diacritics()
    {
        var title = Valid.WithAppendix(a => a with { Title = "NHIỆM VỤ NĂM 2026 XÃ VINH PHONG" });
        var bullet = Valid.WithBullet("Người dân xã Vinh Phong tham gia.");

        Assert.Equal(["KH0017 appendices[0].title"], Run("KH0017", title));
        Assert.Equal([$"KH0017 {BulletPath}"], Run("KH0017", bullet));
        Assert.Empty(Run("KH0017", Valid.WithBullet("Vĩnh Phong và thành phố Vinh phối hợp; VĨNH PHONG.")));
    }
}
