using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>Targets are written in one sentence after a lead, or listed one per line when there is no lead.</summary>
public sealed class TargetListRenderingTests
{
    private static readonly Target[] Targets =
    [
        new() { Text = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%", Figures = [new Figure(100, "%")] },
        new() { Text = "Tỷ lệ số hóa hồ sơ đạt từ 80% trở lên", Figures = [new Figure(80, "%")] },
    ];

    private static Plan PlanWith(Section section) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
        Title = new DocumentTitle { Summary = "Nâng cao Chỉ số CCHC năm 2026" },
        Sections = [new Section { Kind = SectionKind.Targets, Content = [new SubsectionBlock(section)] }],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    [Fact]
    public void Targets_without_a_lead_are_listed_one_per_line_under_the_heading()
    {
        var markup = PlanRenderer.Default.RenderMarkup(PlanWith(new Section { Title = "Chỉ tiêu cụ thể", Targets = Targets }));

        Assert.Contains("<heading level=\"2\" label=\"1.\">Chỉ tiêu cụ thể</heading>", markup, StringComparison.Ordinal);
        Assert.Contains("<item marker=\"dash\">Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item marker=\"dash\">Tỷ lệ số hóa hồ sơ đạt từ 80% trở lên</item>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("chỉ tiêu) gồm", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_after_a_lead_form_one_counted_sentence()
    {
        var markup = PlanRenderer.Default.RenderMarkup(PlanWith(new Section { Text = "Phấn đấu đạt các chỉ tiêu", Targets = Targets }));

        Assert.Contains(
            "<item label=\"1.\">Phấn đấu đạt các chỉ tiêu (02 chỉ tiêu) gồm: (1) Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%; (2) Tỷ lệ số hóa hồ sơ đạt từ 80% trở lên.</item>",
            markup,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<item marker=\"dash\">Tỷ lệ", markup, StringComparison.Ordinal);
    }
}
