using CcHc.Docs.Plans;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class CitationRuleTests
{
    private static readonly Plan Valid = Complete();

    private static Plan WithBasis(int index, Func<CitedDocument, CitedDocument> change) =>
        Valid with { Bases = new(Valid.Bases.Select((b, i) => i == index ? change(b) : b)) };

    [Fact]
    public void KH0007_a_cited_decree_has_number_and_date_but_a_law_may_have_none()
    {
        var noNumber = WithBasis(0, b => b with { Number = null, Date = null });
        var law = WithBasis(0, b => new CitedDocument { Kind = "Luật", Subject = "Cán bộ, công chức" });

        Assert.Equal(["KH0007 bases[0].number", "KH0007 bases[0].date"], Run("KH0007", noNumber));
        Assert.Empty(Run("KH0007", law));
        Assert.Empty(Run("KH0007", Valid));
    }

    [Theory]
    [InlineData("118/2025-NĐ-CP")]
    [InlineData("170/NĐ-CP")]
    [InlineData("150/QĐ-UBND")]
    [InlineData("118 /2025/NĐ-CP")]
    public void KH0008_a_cited_number_follows_the_pattern(string number)
    {
        var kind = number.Contains("NĐ", StringComparison.Ordinal) ? 0 : 1;
        Assert.Equal([$"KH0008 bases[{kind}].number"], Run("KH0008", WithBasis(kind, b => b with { Number = number })));
    }

    [Theory]
    [InlineData("Nghị định", "118/2025/NĐ-CP")]
    [InlineData("Kế hoạch", "150/KH-UBND")]
    [InlineData("Nghị quyết", "57-NQ/TW")]
    [InlineData("Thông tư liên tịch", "05/2015/TTLT-BTP-BCA-BYT")]
    public void KH0008_well_formed_numbers_pass(string kind, string number) =>
        Assert.Empty(Run("KH0008", WithBasis(0, b => b with { Kind = kind, Number = number })));

    [Fact]
    public void KH0009_no_basis_is_dated_after_the_plan()
    {
        var late = WithBasis(1, b => b with { Date = new DateOnly(2026, 12, 31) });
        var draft = Valid with { Letterhead = Valid.Letterhead with { Date = null, Number = null, Year = 2025 } };

        Assert.Equal(["KH0009 bases[1].date"], Run("KH0009", late));
        Assert.Equal(["KH0009 bases[1].date"], Run("KH0009", draft));
        Assert.Empty(Run("KH0009", WithBasis(1, b => b with { Date = new DateOnly(2026, 3, 20) })));
    }

    [Fact]
    public void KH0010_basis_lines_end_with_semicolons_and_a_full_stop()
    {
        var lastWithSemicolon = WithBasis(1, b => b with { Text = PlanText.ComputedBasisLine(b, isLast: false) });
        var firstWithStop = WithBasis(0, b => b with { Text = PlanText.ComputedBasisLine(b, isLast: true) });

        Assert.Equal(["KH0010 bases[1].text"], Run("KH0010", lastWithSemicolon));
        Assert.Equal(["KH0010 bases[0].text"], Run("KH0010", firstWithStop));
        Assert.Empty(Run("KH0010", WithBasis(1, b => b with { Text = PlanText.ComputedBasisLine(b, isLast: true) })));
    }

    [Fact]
    public void KH0011_an_overriding_line_agrees_with_its_fields()
    {
        var otherNumber = WithBasis(1, b => b with { Text = "Căn cứ Kế hoạch số 151/KH-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh An Giang về công tác cải cách hành chính năm 2026." });
        var otherDate = WithBasis(1, b => b with { Text = "Căn cứ Kế hoạch số 150/KH-UBND ngày 06/3/2026 của UBND tỉnh An Giang." });
        var sameInOtherWords = WithBasis(1, b => b with { Text = "Căn cứ Kế hoạch số 150/KH-UBND ngày 05/3/2026 của UBND tỉnh An Giang về cải cách hành chính." });

        Assert.Equal(["KH0011 bases[1].text"], Run("KH0011", otherNumber));
        Assert.Equal(["KH0011 bases[1].text"], Run("KH0011", otherDate));
        Assert.Empty(Run("KH0011", sameInOtherWords));
    }

    [Fact]
    public void KH0046_a_decree_cited_in_running_text_carries_its_year()
    {
        var plan = Valid.WithBullet("Thực hiện Nghị định số 170/NĐ-CP ngày 30/6/2025 của Chính phủ.");
        var fine = Valid.WithBullet("Thực hiện Nghị định số 170/2025/NĐ-CP ngày 30/6/2025 và Nghị quyết số 57-NQ/TW, ngày 22/12/2024.");

        Assert.Equal([$"KH0046 {BulletPath}"], Run("KH0046", plan));
        Assert.Empty(Run("KH0046", fine));
    }

    [Fact]
    public void KH0047_a_document_does_not_implement_a_later_one()
    {
        var plan = Valid.WithBullet("Thực hiện tốt Kế hoạch số 05/KH-UBND ngày 14/01/2025 của UBND phường về triển khai thực hiện Kế hoạch số 24-KH/ĐU, ngày 27/10/2025 của Đảng ủy phường.");
        var amends = Valid.WithBullet("Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 sửa đổi Nghị định số 118/2025/NĐ-CP ngày 09/6/2025; kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.");

        Assert.Equal([$"KH0047 {BulletPath}"], Run("KH0047", plan));
        Assert.Empty(Run("KH0047", amends));
    }
}
