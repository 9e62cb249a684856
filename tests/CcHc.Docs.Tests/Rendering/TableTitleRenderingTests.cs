using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>An appendix table with a title renders (the template once printed an invalid paragraph role for it).</summary>
public sealed class TableTitleRenderingTests
{
    [Fact]
    public void A_table_title_is_a_centred_bold_line_above_the_table()
    {
        var plan = new Plan
        {
            Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
            Title = new DocumentTitle { Summary = "Cải cách hành chính năm 2026" },
            Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
            Appendices = [new Appendix { Title = "DANH MỤC", Tables = [new AppendixTable { Title = "Bảng 1. Nhiệm vụ trọng tâm", Tasks = [new PlanTask { Text = "Rà soát", Lead = "Văn phòng" }] }] }],
        };

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        var bytes = PlanRenderer.Default.RenderToBytes(plan);

        Assert.Contains("<p role=\"center\"><b>Bảng 1. Nhiệm vụ trọng tâm</b></p>", markup, StringComparison.Ordinal);
        Assert.True(bytes.Length > 0);
    }
}
