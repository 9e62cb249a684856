using CcHc.Docs.Import;
using CcHc.Docs.Import.Parsing;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Tests.Rendering;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// The opening's grouping comes back from a rendered plan (issue 12, items 1 and 2): a căn cứ printed with the
/// preamble, a "Thực hiện" paragraph of its own, several documents in one citation.
/// </summary>
public sealed class OpeningImportTests
{
    private static readonly CitedDocument Decision12 = new()
    {
        Kind = "Quyết định", Number = "12/QĐ-UBND", Date = new DateOnly(2026, 1, 5), Issuer = "UBND tỉnh An Giang",
    };

    private static readonly CitedDocument Decision34 = new()
    {
        Kind = "Quyết định", Number = "34/QĐ-UBND", Date = new DateOnly(2026, 1, 20), Issuer = "UBND tỉnh An Giang",
        Subject = "về công tác cải cách hành chính năm 2026",
    };

    private static readonly CitedDocument PartyPlan = new()
    {
        Kind = "Kế hoạch", Number = "09-KH/TU", Date = new DateOnly(2026, 1, 8), Issuer = "Ban Thường vụ Tỉnh ủy",
    };

    private static readonly CitedDocument ProvincePlan = new()
    {
        Kind = "Kế hoạch", Number = "31/KH-UBND", Date = new DateOnly(2026, 1, 15), Issuer = "UBND tỉnh An Giang",
        Subject = "về chuyển đổi số năm 2026",
    };

    public static TheoryData<string> Cases() => ["joined basis", "own paragraph", "and", "comma", "two issuers", "bases in one paragraph", "basis and thực hiện in one paragraph"];

    private static Plan Case(string name) => name switch
    {
        "joined basis" => OpeningRenderingTests.PlanWith([Decision12, Decision34 with { JoinNext = CitationJoin.SameParagraph }], []),
        "own paragraph" => OpeningRenderingTests.PlanWith([Decision12], [ProvincePlan with { JoinNext = CitationJoin.Paragraph }]),
        "and" => OpeningRenderingTests.PlanWith([Decision12 with { JoinNext = CitationJoin.And }, Decision34], []),
        "comma" => OpeningRenderingTests.PlanWith([Decision12 with { JoinNext = CitationJoin.Comma }, Decision34 with { JoinNext = CitationJoin.SameParagraph }], []),
        "two issuers" => OpeningRenderingTests.PlanWith([], [PartyPlan with { JoinNext = CitationJoin.And }, ProvincePlan]),
        "bases in one paragraph" => OpeningRenderingTests.PlanWith([Decision12 with { JoinNext = CitationJoin.SameParagraph }, Decision34], [ProvincePlan]),
        "basis and thực hiện in one paragraph" => OpeningRenderingTests.PlanWith([Decision34 with { JoinNext = CitationJoin.SameParagraph }], [ProvincePlan]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rendered_opening_imports_as_the_same_plan(string name)
    {
        var plan = Case(name);
        var imported = PlanImporter.ImportDocx(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan))).Plan;

        Assert.Equal(plan.Bases, imported.Bases);
        Assert.Equal(plan.Implementing, imported.Implementing);
        Assert.Equal(plan.Preamble, imported.Preamble);
    }

    [Fact]
    public void A_basis_citing_two_decisions_of_one_issuer_gives_each_its_number_date_and_issuer()
    {
        var documents = CitationParser.ParseBasisCitation(
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 và Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026.",
            isLast: true);

        Assert.Equal([Decision12 with { JoinNext = CitationJoin.And }, Decision34], documents);
    }

    [Fact]
    public void A_single_document_whose_subject_mentions_another_stays_one_document()
    {
        var documents = CitationParser.ParseBasisCitation(
            "Căn cứ Kế hoạch số 150/KH-UBND ngày 05 tháng 3 năm 2026 của UBND tỉnh An Giang về thực hiện các nhiệm vụ năm 2026.",
            isLast: true);

        Assert.Single(documents);
        Assert.Null(documents[0].Text);
    }
}
