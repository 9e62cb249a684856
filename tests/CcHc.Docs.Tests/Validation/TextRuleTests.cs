using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class TextRuleTests
{
    private static readonly Plan Valid = Complete();

    [Fact]
    public void KH0037_text_is_nfc()
    {
        var decomposed = "Vie\u0302\u0323t Nam";

        Assert.Equal([$"KH0037 {BulletPath}"], Run("KH0037", Valid.WithBullet(decomposed)));
        Assert.Empty(Run("KH0037", Valid.WithBullet("Việt Nam")));
    }

    [Fact]
    public void KH0038_no_legacy_encoding()
    {
        Assert.Equal([$"KH0038 {BulletPath}"], Run("KH0038", Valid.WithBullet("Céng hoµ x· héi chñ nghÜa ViÖt Nam")));
        Assert.Empty(Run("KH0038", Valid.WithBullet("Cộng hòa xã hội chủ nghĩa Việt Nam")));
    }

    [Fact]
    public void KH0039_no_html_tags()
    {
        var html = Valid.WithAppendixTask(t => t with { Text = "<p>Kiểm soát TTHC</p> <ul style=\"list-style-type: none\"> - Không có TTHC trái thẩm quyền" });

        Assert.Equal([$"KH0039 {AppendixTaskPath}.text"], Run("KH0039", html));
        Assert.Empty(Run("KH0039", Valid.WithAppendixTask(t => t with { Text = "Tỷ lệ <5% hồ sơ trễ hạn; a > b" })));
    }

    [Fact]
    public void KH0040_no_stray_emphasis_marks()
    {
        Assert.Equal(["KH0040 closing.text"], Run("KH0040", Valid with { Closing = new Closing { Text = "… để xem xét, giải quyết. *ktm*" } }));
        Assert.Empty(Run("KH0040", Valid.WithBullet("Diện tích 5 * 3 m; mã số A_1 và B_2.")));
        // Body text prints *italic* and **bold** as emphasis: not stray there; "_…_" still is.
        Assert.Empty(Run("KH0040", Valid.WithBullet("*Đơn vị phối hợp:* Sở Tư pháp; **1.** đạt 95%.")));
        Assert.Equal([$"KH0040 {BulletPath}"], Run("KH0040", Valid.WithBullet("Văn bản _nháp_ cũ.")));
    }

    [Fact]
    public void KH0041_a_compound_is_joined_the_same_way_throughout()
    {
        var mixed = Valid.WithBullet("Phát triển kinh tế – xã hội của xã.");

        // The bullet of I.1 comes first with "–"; the task of III then writes "Phòng Văn hóa - Xã hội": reported there.
        Assert.Equal(["KH0041 sections[2].content[0].task.support"], Run("KH0041", Valid.WithBullet("Phối hợp Phòng Văn hóa – Xã hội.")));
        Assert.Empty(Run("KH0041", mixed));
    }

    [Fact]
    public void KH0042_a_plan_uses_one_kind_of_dash_between_words()
    {
        Assert.Equal([$"KH0042 {BulletPath}"], Run("KH0042", Valid.WithBullet("Phát triển kinh tế – xã hội của xã.")));
        Assert.Empty(Run("KH0042", Valid.WithBullet("Phát triển kinh tế - xã hội giai đoạn 2026 – 2030; ký hiệu 78/KH-UBND.")));
    }

    [Fact]
    public void KH0043_a_term_with_an_acronym_is_written_one_way()
    {
        var plan = Valid.WithBullet("Nâng cao Chỉ số PAR INDEX.")
            .WithSection(3, Valid.Sections[3] with { Content = [new BulletBlock("Cải thiện Chỉ số Par Index của xã.")] });

        Assert.Equal(["KH0043 sections[3].content[0].bullet"], Run("KH0043", plan));
        Assert.Empty(Run("KH0043", Valid.WithBullet("Tin, bài viết; đưa tin kịp thời; Chỉ số PAR Index.")));
    }

    [Fact]
    public void KH0044_a_date_is_written_one_way()
    {
        var plan = Valid.WithBullet("Nghị định ngày 09 tháng 6 năm 2025, sửa đổi ngày 9 tháng 6 năm 2025.");

        Assert.Equal([$"KH0044 {BulletPath}"], Run("KH0044", plan));
        Assert.Contains("\"ngày 9 tháng 6 năm 2025\"", PlanValidator.Validate(plan).Diagnostics.Single(d => d.Code == "KH0044").Message, StringComparison.Ordinal);
        Assert.Empty(Run("KH0044", Valid.WithBullet("Ngày 09 tháng 6 năm 2025 và 09/6/2025.")));
    }

    [Fact]
    public void KH0045_frequent_misspellings_in_their_context()
    {
        Assert.Equal([$"KH0045 {BulletPath}"], Run("KH0045", Valid.WithBullet("Phần đầu đạt các chỉ tiêu phát triển kinh tế.")));
        Assert.Empty(Run("KH0045", Valid.WithBullet("Phần đầu của Kế hoạch nêu mục đích.")));
    }

    [Fact]
    public void KH0049_every_word_is_a_vietnamese_syllable()
    {
        var typo = Valid.WithBullet("Tổ chưc thực hiện các nhiệm vụ đươc giao.");
        var message = PlanValidator.Validate(typo).Diagnostics.Single(d => d.Code == "KH0049").Message;

        Assert.Equal([$"KH0049 {BulletPath}"], Run("KH0049", typo));
        Assert.Contains("\"chưc\", \"đươc\"", message, StringComparison.Ordinal);
        Assert.Contains("dấu sắc hoặc nặng", message, StringComparison.Ordinal);
        // Correct text with both tone placements, acronyms, ASCII loanwords and Central Highland names.
        Assert.Empty(Run("KH0049", Valid.WithBullet("Tổ chức thực hiện hòa giải, hoà giải ở cơ sở; HĐND, BCĐ, PAR Index, IPv6, Zalo; tỉnh Đắk Lắk.")));
    }

    [Fact]
    public void KH0050_a_word_group_is_not_typed_twice()
    {
        Assert.Equal([$"KH0050 {BulletPath}"], Run("KH0050", Valid.WithBullet("Tổ chức tổ chức thực hiện Kế hoạch.")));
        Assert.Equal([$"KH0050 {BulletPath}"], Run("KH0050", Valid.WithBullet("Nhiệm vụ của của Ủy ban nhân dân xã.")));
        // Reduplication on purpose, and a repeat across a comma, are correct.
        Assert.Empty(Run("KH0050", Valid.WithBullet("Ngày ngày, người người thi đua; làm từ từ, chắc chắn; xã, xã đội.")));
    }

    [Fact]
    public void KH0051_a_determiner_inside_a_compound_is_a_swap()
    {
        var swapped = Valid.WithBullet("Chủ trì, phối hợp cơ các quan liên quan.");

        Assert.Equal([$"KH0051 {BulletPath}"], Run("KH0051", swapped));
        Assert.Contains("\"các cơ quan\"", PlanValidator.Validate(swapped).Diagnostics.Single(d => d.Code == "KH0051").Message, StringComparison.Ordinal);
        // "ban hành các chính sách", "trách nhiệm các vụ việc": the first syllable ends another word.
        Assert.Empty(Run("KH0051", Valid.WithBullet("Ban hành các chính sách; chịu trách nhiệm các vụ việc; phối hợp các cơ quan.")));
    }

    [Fact]
    public void KH0052_a_plan_has_no_article_to_refer_recipients_to()
    {
        Assert.Equal(["KH0052 recipients[0]"], Run("KH0052", Valid with { Recipients = ["Như Điều 3", "Sở Nội vụ"] }));
        Assert.Empty(Run("KH0052", Valid with { Recipients = ["Sở Nội vụ", "Các cơ quan, đơn vị tại Mục III"] }));
    }
}
