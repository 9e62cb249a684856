using CcHc.Docs.Plans;

namespace CcHc.Docs.Tests.Plans;

public sealed class PlanTextTests
{
    private static readonly Letterhead VinhPhong = new()
    {
        Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
        Number = 78,
        Place = "Vĩnh Phong",
        Date = new DateOnly(2026, 3, 20),
    };

    private static Plan PlanWith(Letterhead letterhead, params Appendix[] appendices) => new()
    {
        Letterhead = letterhead,
        Title = new DocumentTitle { Summary = "Nâng cao Chỉ số" },
        Signature = new Signature { Name = "Châu Ngọc Cẩn" },
        Appendices = appendices,
    };

    [Fact]
    public void Number_and_date_lines_follow_nd30()
    {
        Assert.Equal("Số: 78/KH-UBND", PlanText.NumberLine(VinhPhong));
        Assert.Equal("Số: 05/KH-UBND", PlanText.NumberLine(VinhPhong with { Number = 5 }));
        Assert.Equal("Vĩnh Phong, ngày 20 tháng 3 năm 2026", PlanText.DateLine(VinhPhong));
        Assert.Equal("Vĩnh Phong, ngày 05 tháng 02 năm 2026", PlanText.DateLine(VinhPhong with { Date = new DateOnly(2026, 2, 5) }));
    }

    [Fact]
    public void A_draft_leaves_number_day_and_month_blank()
    {
        var draft = VinhPhong with { Number = null, Date = null, Year = 2026 };
        Assert.True(draft.IsDraft);
        Assert.Equal("Số:      /KH-UBND", PlanText.NumberLine(draft));
        Assert.Equal("Vĩnh Phong, ngày     tháng     năm 2026", PlanText.DateLine(draft));
    }

    [Fact]
    public void Issuer_lines_break_before_the_unit_word_unless_given()
    {
        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ VĨNH PHONG"], PlanText.IssuerLines(VinhPhong));
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG VĨNH THÔNG"], PlanText.IssuerLines(VinhPhong with { Issuer = "Ủy ban nhân dân phường Vĩnh Thông" }));
        Assert.Equal(["UBND", "VĨNH PHONG"], PlanText.IssuerLines(VinhPhong with { IssuerLines = ["UBND", "VĨNH PHONG"] }));
    }

    [Fact]
    public void Appendix_labels_are_roman_when_there_are_two_or_more()
    {
        var one = PlanWith(VinhPhong, new Appendix { Title = "A" });
        var two = PlanWith(VinhPhong, new Appendix { Title = "A" }, new Appendix { Title = "B", Label = "Phụ lục 2" });

        Assert.Equal("Phụ lục", PlanText.AppendixLabel(one, 0));
        Assert.Equal("Phụ lục I", PlanText.AppendixLabel(two, 0));
        Assert.Equal("Phụ lục 2", PlanText.AppendixLabel(two, 1));
        Assert.Equal("Phụ lục II", PlanText.ComputedAppendixLabel(2, 1));
    }

    [Fact]
    public void Appendix_caption_cites_the_plans_own_number_date_and_issuer()
    {
        var plan = PlanWith(VinhPhong, new Appendix { Title = "A" }, new Appendix { Title = "B", Caption = "(Kèm theo Kế hoạch số 48 /KH-UBND)" });

        Assert.Equal("(Kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)", PlanText.AppendixCaption(plan, 0));
        Assert.Equal("(Kèm theo Kế hoạch số 48 /KH-UBND)", PlanText.AppendixCaption(plan, 1));
    }

    [Fact]
    public void Citations_are_computed_from_their_fields_with_nd30_punctuation()
    {
        var decree = new CitedDocument
        {
            Kind = "Nghị định",
            Number = "118/2025/NĐ-CP",
            Date = new DateOnly(2025, 6, 9),
            Issuer = "Chính phủ",
            Subject = "về thực hiện thủ tục hành chính theo cơ chế một cửa",
        };

        Assert.Equal("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa;", PlanText.BasisLine(decree, isLast: false));
        Assert.EndsWith("một cửa.", PlanText.BasisLine(decree, isLast: true));
        Assert.Equal("Căn cứ X;", PlanText.BasisLine(decree with { Text = "Căn cứ X;" }, isLast: true));
        Assert.Equal("Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa.", PlanText.ImplementingLine([decree]));
    }

    [Fact]
    public void Implementing_line_is_one_sentence_unless_a_document_carries_its_own()
    {
        var a = new CitedDocument { Kind = "Kế hoạch", Number = "150/KH-UBND", Issuer = "UBND tỉnh" };
        var b = new CitedDocument { Kind = "Công văn", Number = "12/UBND-VX" };

        Assert.Equal("", PlanText.ImplementingLine([]));
        Assert.Equal("Thực hiện Kế hoạch số 150/KH-UBND của UBND tỉnh; Công văn số 12/UBND-VX.", PlanText.ImplementingLine([a, b]));
        Assert.Equal(
            "Thực hiện Kế hoạch số 150/KH-UBND của UBND tỉnh. Thực hiện Công văn 12 của UBND.",
            PlanText.ImplementingLine([a, b with { Text = "Thực hiện Công văn 12 của UBND." }]));
    }

    [Fact]
    public void Targets_sentence_counts_the_targets_with_a_leading_zero()
    {
        var section = new Section
        {
            Text = "Phấn đấu đạt các chỉ tiêu về môi trường",
            Targets =
            [
                new Target { Text = "Dân số được sử dụng nước sạch đạt 64,15% trở lên" },
                new Target { Text = "Thu gom chất thải rắn sinh hoạt đạt 63,75% trở lên" },
            ],
        };

        Assert.Equal(
            "Phấn đấu đạt các chỉ tiêu về môi trường (02 chỉ tiêu) gồm: (1) Dân số được sử dụng nước sạch đạt 64,15% trở lên; (2) Thu gom chất thải rắn sinh hoạt đạt 63,75% trở lên.",
            PlanText.TargetsSentence(section));
    }

    [Theory]
    [InlineData("Trên đây là Kế hoạch của UBND xã", true, "Trên đây là Kế hoạch của UBND xã./.")]
    [InlineData("Trên đây là Kế hoạch của UBND xã.", true, "Trên đây là Kế hoạch của UBND xã./.")]
    [InlineData("Trên đây là Kế hoạch của UBND xã./.", true, "Trên đây là Kế hoạch của UBND xã./.")]
    [InlineData("để xem xét, giải quyết. /.", true, "để xem xét, giải quyết. /.")]
    [InlineData("để xem xét, giải quyết. *ktm*", false, "để xem xét, giải quyết. *ktm*")]
    public void Closing_gets_the_end_mark_once(string text, bool endMark, string expected) =>
        Assert.Equal(expected, PlanText.ClosingLine(new Closing { Text = text, EndMark = endMark }));

    [Fact]
    public void Headings_default_by_kind_and_archive_line_is_joined()
    {
        Assert.Equal("TỔ CHỨC THỰC HIỆN", PlanText.Heading(new Section { Kind = SectionKind.Implementation }));
        Assert.Equal("Phòng Kinh tế", PlanText.Heading(new Section { Unit = "Phòng Kinh tế" }));
        Assert.Equal("", PlanText.Heading(new Section { Text = "Lãnh đạo các phòng" }));
        Assert.Equal("Lưu: VT, VHXH.", PlanText.ArchiveLine(PlanWith(VinhPhong) with { Archive = ["VT", "VHXH"] }));
    }
}
