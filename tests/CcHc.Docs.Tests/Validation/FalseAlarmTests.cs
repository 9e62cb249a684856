using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

/// <summary>
/// Correct forms of real 2025–2026 plans that rules used to flag (issue 12), each beside the mistake the rule
/// is there to catch, so that loosening a rule cannot make it blind.
/// </summary>
public sealed class FalseAlarmTests
{
    private static readonly Plan Valid = Complete();

    private static Plan WithLastBasisText(string text) =>
        Valid with { Bases = new(Valid.Bases.Select((b, i) => i == Valid.Bases.Count - 1 ? b with { Text = text } : b)), Preamble = null };

    [Fact]
    public void KH0010_a_last_basis_joined_to_the_opening_sentence_ends_with_a_colon()
    {
        // Ward plan: "Căn cứ …tỉnh An Giang; UBND xã Vĩnh Phong xây dựng Kế hoạch … như sau:" is one paragraph.
        var joined = WithLastBasisText("Căn cứ Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang về công tác cải cách hành chính năm 2026; "
            + "Ủy ban nhân dân xã Vĩnh Phong xây dựng Kế hoạch thực hiện như sau:");
        // The mistake stays caught: a last basis that ends with ";" or with ":" without an opening sentence.
        var semicolon = WithLastBasisText("Căn cứ Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang về công tác cải cách hành chính năm 2026;");
        var colonAlone = WithLastBasisText("Căn cứ Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang về công tác cải cách hành chính năm 2026:");

        Assert.Empty(Run("KH0010", joined));
        Assert.Equal(["KH0010 bases[1].text"], Run("KH0010", semicolon));
        Assert.Equal(["KH0010 bases[1].text"], Run("KH0010", colonAlone));
    }

    [Fact]
    public void KH0010_an_implementing_line_joined_to_the_opening_sentence_ends_with_a_colon()
    {
        var implementing = new CitedDocument
        {
            Kind = "Kế hoạch",
            Number = "150/KH-UBND",
            Date = new DateOnly(2026, 3, 5),
            Issuer = "Ủy ban nhân dân tỉnh An Giang",
            Text = "Thực hiện Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang, Ủy ban nhân dân xã Vĩnh Phong ban hành Kế hoạch như sau:",
        };
        var unfinished = implementing with { Text = "Thực hiện Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang" };

        Assert.Empty(Run("KH0010", Valid with { Bases = [], Implementing = [implementing], Preamble = null }));
        Assert.Equal(["KH0010 implementing[0].text"], Run("KH0010", Valid with { Bases = [], Implementing = [unfinished] }));
    }

    [Theory]
    [InlineData("KT/TH.Nam")]
    [InlineData("(KT/TH.Nam)")]
    [InlineData("VP (Hùng)")]
    [InlineData("VHXH.An")]
    [InlineData("02b")]
    public void KH0035_a_unit_code_with_the_drafters_name_is_normal_practice(string entry) =>
        Assert.Empty(Run("KH0035", Valid with { Archive = ["VT", entry] }));

    [Theory]
    [InlineData("ttcloan")]
    [InlineData("VP (hung)")]
    [InlineData("vhxh")]
    public void KH0035_a_lower_case_personal_id_is_still_caught(string entry) =>
        Assert.Equal(["KH0035 archive[1]"], Run("KH0035", Valid with { Archive = ["VT", entry] }));

    [Theory]
    [InlineData("Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương.")]
    [InlineData("Thực hiện Kế hoạch số 09-KH/TU ngày 12/3/2026 của Tỉnh ủy An Giang.")]
    [InlineData("Quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")]
    [InlineData("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.")]
    [InlineData("Thực hiện Kế hoạch số 24-KH/ĐU ngày 27/10/2025 của Đảng ủy xã.")]
    public void KH0046_party_documents_follow_the_partys_rules(string bullet) =>
        Assert.Empty(Run("KH0046", Valid.WithBullet(bullet)));

    [Fact]
    public void KH0046_a_state_document_without_its_year_is_still_caught() =>
        Assert.Equal([$"KH0046 {BulletPath}"], Run("KH0046", Valid.WithBullet("Thực hiện Nghị định số 170/NĐ-CP ngày 30/6/2025 của Chính phủ.")));

    [Fact]
    public void KH0043_lower_case_roman_list_markers_are_not_terms()
    {
        var plan = Valid.WithBullet("Các nhiệm vụ: (i) rà soát; (ii) công khai; (iii) số hóa; (iv) đánh giá trong Quý IV và Quý II.");

        Assert.Empty(Run("KH0043", plan));
        // A term written two ways is still caught.
        Assert.Equal([$"KH0043 {BulletPath}"], Run("KH0043", Valid.WithBullet("Chỉ số PAR INDEX và Chỉ số Par Index.")));
    }

    private static Plan Signed(string? position, params string[] authority) =>
        Valid with { Signature = Valid.Signature with { Position = position, Authority = new(authority.Select(AuthorityLine.Parse)) } };

    [Fact]
    public void KH0029_a_deputy_signing_for_the_chairman_without_tm_is_a_warning_that_explains()
    {
        var deputy = PlanValidator.Validate(Signed("PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")).Diagnostics.Single(d => d.Code == "KH0029");

        Assert.Equal(Severity.Warning, deputy.Severity);
        Assert.Equal("signature.authority", deputy.Path);
        // The message says when TM. is required and when a chairman's (deputy's) signature alone is right.
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", deputy.Message, StringComparison.Ordinal);
        Assert.Contains("KT. CHỦ TỊCH", deputy.Message, StringComparison.Ordinal);
        Assert.Contains("thẩm quyền của Chủ tịch", deputy.Message, StringComparison.Ordinal);
        Assert.Empty(Run("KH0029", Signed("PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")));
    }
}

/// <summary>The word-level rules added for issue 12 find nothing in any line of the three real plans.</summary>
public sealed class SeedLineTests
{
    [Theory]
    [InlineData("KH0049", "vinh-thong-cchc-2026.txt")]
    [InlineData("KH0049", "vinh-phong-par-sipas-papi-2026.txt")]
    [InlineData("KH0049", "vinh-phong-tuyen-truyen-cchc-2026.txt")]
    [InlineData("KH0050", "vinh-thong-cchc-2026.txt")]
    [InlineData("KH0050", "vinh-phong-par-sipas-papi-2026.txt")]
    [InlineData("KH0050", "vinh-phong-tuyen-truyen-cchc-2026.txt")]
    [InlineData("KH0051", "vinh-thong-cchc-2026.txt")]
    [InlineData("KH0051", "vinh-phong-par-sipas-papi-2026.txt")]
    [InlineData("KH0051", "vinh-phong-tuyen-truyen-cchc-2026.txt")]
    public void No_line_of_a_real_plan_is_flagged(string code, string seed)
    {
        var lines = CcHc.Docs.Tests.Examples.SeedText.ReadLines(seed).Where(l => l.Trim().Length > 0).ToList();
        var valid = Complete();

        var flagged = lines.Where(l => Run(code, valid.WithBullet(l)).Count > 0).ToList();

        Assert.True(lines.Count > 50);
        Assert.Empty(flagged);
    }
}
