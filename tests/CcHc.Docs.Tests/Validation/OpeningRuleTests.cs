using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

/// <summary>
/// The opening as printed (issue 12, items 1 and 2): KH0010 judges a typed line where it stands in its paragraph, and
/// the date and text rules check each document of a citation that cites several.
/// </summary>
public sealed class OpeningRuleTests
{
    private static readonly Plan Valid = Complete();

    private static Plan WithBasis(int index, Func<CitedDocument, CitedDocument> change) =>
        Valid with { Bases = new(Valid.Bases.Select((b, i) => i == index ? change(b) : b)) };

    private const string ProvinceLine = "Căn cứ Kế hoạch số 150/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh An Giang về công tác cải cách hành chính năm 2026";

    [Fact]
    public void KH0010_a_last_basis_printed_in_one_paragraph_with_the_preamble_may_end_with_a_semicolon()
    {
        // Ward plan: "Căn cứ Kế hoạch số 150/KH-UBND …năm 2026; Ủy ban nhân dân xã Vĩnh Phong ban hành Kế hoạch … như sau:" is one paragraph.
        var joined = WithBasis(1, b => b with { Text = ProvinceLine + ";", JoinNext = CitationJoin.SameParagraph });
        // The mistake stays caught: the same line closing its own paragraph (Vĩnh Thông), or joined with no punctuation.
        var ownParagraph = WithBasis(1, b => b with { Text = ProvinceLine + ";" });
        var unpunctuated = WithBasis(1, b => b with { Text = ProvinceLine, JoinNext = CitationJoin.SameParagraph });

        Assert.Empty(Run("KH0010", joined));
        Assert.Empty(PlanValidator.Validate(joined).Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Equal(["KH0010 bases[1].text"], Run("KH0010", ownParagraph));
        Assert.Equal(["KH0010 bases[1].text"], Run("KH0010", unpunctuated));
    }

    [Fact]
    public void KH0010_a_first_basis_sharing_its_paragraph_with_the_next_may_end_with_a_semicolon_but_not_with_nothing()
    {
        var joined = WithBasis(0, b => b with { Text = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;", JoinNext = CitationJoin.SameParagraph });
        var colon = WithBasis(0, b => b with { Text = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ:", JoinNext = CitationJoin.SameParagraph });

        Assert.Empty(Run("KH0010", joined));
        Assert.Equal(["KH0010 bases[0].text"], Run("KH0010", colon));
    }

    [Fact]
    public void KH0010_a_thuc_hien_line_in_its_own_paragraph_before_the_preamble_may_end_with_a_semicolon()
    {
        var document = new CitedDocument
        {
            Kind = "Kế hoạch",
            Number = "09-KH/TU",
            Date = new DateOnly(2026, 1, 8),
            Issuer = "Ban Thường vụ Tỉnh ủy",
            Text = "Thực hiện Kế hoạch số 09-KH/TU ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy;",
            JoinNext = CitationJoin.Paragraph,
        };

        Assert.Empty(Run("KH0010", Valid with { Implementing = [document] }));
        // With nothing after it, the opening ends there, with a full stop.
        Assert.Equal(["KH0010 implementing[0].text"], Run("KH0010", Valid with { Implementing = [document], Preamble = null }));
    }

    [Fact]
    public void KH0010_joining_the_last_document_to_a_next_one_that_does_not_exist_is_reported()
    {
        var dangling = WithBasis(1, b => b with { JoinNext = CitationJoin.And });

        Assert.Equal(["KH0010 bases[1].join_next"], Run("KH0010", dangling));
        Assert.Empty(Run("KH0010", WithBasis(0, b => b with { JoinNext = CitationJoin.And })));
    }

    [Fact]
    public void KH0009_checks_the_date_of_each_document_of_a_joined_citation()
    {
        var joined = WithBasis(0, b => b with { JoinNext = CitationJoin.And });
        var secondLate = joined with { Bases = new(joined.Bases.Select((b, i) => i == 1 ? b with { Date = new DateOnly(2026, 4, 1) } : b)) };

        Assert.Empty(Run("KH0009", joined));
        Assert.Equal(["KH0009 bases[1].date"], Run("KH0009", secondLate));
    }

    [Fact]
    public void KH0011_a_typed_line_for_joined_documents_names_each_and_stands_on_the_first()
    {
        var both = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ và Kế hoạch số 150/KH-UBND ngày 05/3/2026 của UBND tỉnh An Giang.";
        var onlyFirst = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ và Kế hoạch của UBND tỉnh An Giang.";
        Plan Joined(string text) => WithBasis(0, b => b with { JoinNext = CitationJoin.And, Text = text });
        var onSecond = Valid with { Bases = [Valid.Bases[0] with { JoinNext = CitationJoin.And }, Valid.Bases[1] with { Text = both }] };

        Assert.Empty(Run("KH0011", Joined(both)));
        Assert.Equal(["KH0011 bases[0].text", "KH0011 bases[0].text"], Run("KH0011", Joined(onlyFirst)));
        Assert.Equal(["KH0011 bases[1].text"], Run("KH0011", onSecond));
    }
}
