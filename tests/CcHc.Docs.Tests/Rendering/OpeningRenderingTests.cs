using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Validation;
using CcHc.Docs.WordTemplates;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// The opening as real plans set it (issue 12, items 1 and 2): a căn cứ joined to the sentence that introduces the
/// plan, a "Thực hiện" line in its own paragraph, and several documents in one citation.
/// </summary>
public sealed class OpeningRenderingTests
{
    private static readonly CitedDocument Decision12 = new()
    {
        Kind = "Quyết định",
        Number = "12/QĐ-UBND",
        Date = new DateOnly(2026, 1, 5),
        Issuer = "UBND tỉnh An Giang",
    };

    private static readonly CitedDocument Decision34 = new()
    {
        Kind = "Quyết định",
        Number = "34/QĐ-UBND",
        Date = new DateOnly(2026, 1, 20),
        Issuer = "UBND tỉnh An Giang",
        Subject = "về công tác cải cách hành chính năm 2026",
    };

    private static readonly CitedDocument PartyPlan = new()
    {
        Kind = "Kế hoạch",
        Number = "09-KH/TU",
        Date = new DateOnly(2026, 1, 8),
        Issuer = "Ban Thường vụ Tỉnh ủy",
    };

    private static readonly CitedDocument ProvincePlan = new()
    {
        Kind = "Kế hoạch",
        Number = "31/KH-UBND",
        Date = new DateOnly(2026, 1, 15),
        Issuer = "UBND tỉnh An Giang",
        Subject = "về chuyển đổi số năm 2026",
    };

    private const string Preamble = "Ủy ban nhân dân phường Vĩnh Thông xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:";

    internal static Plan PlanWith(IEnumerable<CitedDocument> bases, IEnumerable<CitedDocument> implementing, string? preamble = Preamble) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân phường Vĩnh Thông", Number = 5, Place = "Vĩnh Thông", Date = new DateOnly(2026, 2, 5) },
        Title = new DocumentTitle { Summary = "Cải cách hành chính năm 2026" },
        Bases = new(bases),
        Implementing = new(implementing),
        Preamble = preamble,
        Sections = [new Section { Kind = SectionKind.Purpose, Content = [new BulletBlock("Nâng cao chỉ số cải cách hành chính.")] }],
        Closing = new Closing { Text = "Trên đây là Kế hoạch cải cách hành chính năm 2026." },
        Recipients = ["UBND tỉnh"],
        Archive = ["VT"],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    private static string[] Opening(Plan plan)
    {
        var markup = PlanRenderer.Default.RenderMarkup(plan).ReplaceLineEndings("\n");
        return markup.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("<p role=\"basis\">", StringComparison.Ordinal) || l.StartsWith("<p role=\"preamble\">", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void By_default_each_basis_is_a_paragraph_and_implementing_runs_into_the_preamble()
    {
        Assert.Equal(
            [
                "<p role=\"basis\">Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh An Giang;</p>",
                "<p role=\"basis\">Căn cứ Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026.</p>",
                "<p role=\"preamble\">Thực hiện Kế hoạch số 31/KH-UBND ngày 15 tháng 01 năm 2026 của UBND tỉnh An Giang về chuyển đổi số năm 2026. " + Preamble + "</p>",
            ],
            Opening(PlanWith([Decision12, Decision34], [ProvincePlan])));
    }

    [Fact]
    public void A_last_basis_joined_to_the_preamble_is_one_paragraph_ending_the_basis_with_a_semicolon()
    {
        var plan = PlanWith([Decision12, Decision34 with { JoinNext = CitationJoin.SameParagraph }], []);

        Assert.Equal(
            [
                "<p role=\"basis\">Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh An Giang;</p>",
                "<p role=\"basis\">Căn cứ Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026; " + Preamble + "</p>",
            ],
            Opening(plan));
    }

    [Fact]
    public void An_implementing_line_may_stand_in_its_own_paragraph()
    {
        var plan = PlanWith([], [ProvincePlan with { JoinNext = CitationJoin.Paragraph }]);

        Assert.Equal(
            [
                "<p role=\"preamble\">Thực hiện Kế hoạch số 31/KH-UBND ngày 15 tháng 01 năm 2026 của UBND tỉnh An Giang về chuyển đổi số năm 2026.</p>",
                "<p role=\"preamble\">" + Preamble + "</p>",
            ],
            Opening(plan));
    }

    [Fact]
    public void Two_decisions_of_one_issuer_in_one_basis_print_the_issuer_once()
    {
        var plan = PlanWith([Decision12 with { JoinNext = CitationJoin.And }, Decision34], []);

        Assert.Equal(
            [
                "<p role=\"basis\">Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 và Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 "
                    + "của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026.</p>",
                "<p role=\"preamble\">" + Preamble + "</p>",
            ],
            Opening(plan));
    }

    [Fact]
    public void Documents_of_different_issuers_in_one_implementing_line_keep_each_issuer()
    {
        var plan = PlanWith([], [PartyPlan with { JoinNext = CitationJoin.And }, ProvincePlan]);

        Assert.Equal(
            [
                "<p role=\"preamble\">Thực hiện Kế hoạch số 09-KH/TU ngày 08 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 31/KH-UBND "
                    + "ngày 15 tháng 01 năm 2026 của UBND tỉnh An Giang về chuyển đổi số năm 2026. " + Preamble + "</p>",
            ],
            Opening(plan));
    }

    [Fact]
    public void Documents_joined_by_a_comma_and_a_typed_line_for_the_whole_citation()
    {
        var typed = "Căn cứ các Quyết định số 12/QĐ-UBND ngày 05/01/2026, số 34/QĐ-UBND ngày 20/01/2026 của UBND tỉnh An Giang;";
        var plan = PlanWith([Decision12 with { JoinNext = CitationJoin.Comma, Text = typed }, Decision34 with { JoinNext = CitationJoin.SameParagraph }], []);
        var computed = PlanWith([Decision12 with { JoinNext = CitationJoin.Comma }, Decision34], [], preamble: null);

        Assert.Equal(["<p role=\"basis\">" + typed + " " + Preamble + "</p>"], Opening(plan));
        Assert.Equal(
            ["<p role=\"basis\">Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026, Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 "
                + "của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026.</p>"],
            Opening(computed));
    }

    [Fact]
    public void The_word_template_prints_the_grouped_opening_as_the_sbn_templates_do()
    {
        var plan = PlanWith(
            [Decision12 with { JoinNext = CitationJoin.And }, Decision34, Decision12 with { JoinNext = CitationJoin.SameParagraph }],
            [PartyPlan with { JoinNext = CitationJoin.Paragraph }, ProvincePlan with { JoinNext = CitationJoin.Paragraph }]);
        var template = DocxTemplate.Load(new MemoryStream(Nd30WordTemplate.Create()), Nd30WordTemplate.FileName);

        using var expected = WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        using var actual = WordprocessingDocument.Open(new MemoryStream(template.Render(plan)), false);

        var expectedLines = DocxText.Lines(expected);
        Assert.Contains(expectedLines, l => l.StartsWith("Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh An Giang; Thực hiện Kế hoạch số 09-KH/TU", StringComparison.Ordinal));
        Assert.Contains(Preamble, expectedLines);
        Assert.Equal(expectedLines, DocxText.Lines(actual));
    }

    [Fact]
    public void The_grouping_round_trips_through_yaml_and_json()
    {
        var plan = PlanWith([Decision12 with { JoinNext = CitationJoin.And }, Decision34 with { JoinNext = CitationJoin.SameParagraph }],
            [PartyPlan with { JoinNext = CitationJoin.Comma }, ProvincePlan with { JoinNext = CitationJoin.Paragraph }]);

        var yaml = PlanWriter.WriteYaml(plan);

        Assert.Contains("join_next: same_paragraph", yaml, StringComparison.Ordinal);
        Assert.Contains("join_next: and", yaml, StringComparison.Ordinal);
        Assert.Equal(plan, PlanReader.ReadYaml(yaml));
        Assert.Equal(plan, PlanReader.ReadJson(PlanWriter.WriteJson(plan)));
    }

    [Fact]
    public void A_ward_opening_written_as_in_docs_model_md_reads_prints_and_validates_without_error()
    {
        // The examples of docs/model.md, in a whole plan.
        var plan = PlanReader.ReadYaml("""
            letterhead:
              issuer: Ủy ban nhân dân phường Vĩnh Thông
              number: 5
              place: Vĩnh Thông
              date: 2026-02-05
            title:
              summary: Cải cách hành chính năm 2026
            bases:
              - kind: Quyết định
                number: 12/QĐ-UBND
                date: 2026-01-05
                issuer: UBND tỉnh An Giang
                join_next: and
              - kind: Quyết định
                number: 34/QĐ-UBND
                date: 2026-01-20
                issuer: UBND tỉnh An Giang
                subject: về công tác cải cách hành chính năm 2026
                join_next: same_paragraph
            implementing:
              - kind: Kế hoạch
                number: 09-KH/TU
                date: 2026-01-08
                issuer: Ban Thường vụ Tỉnh ủy
                text: Thực hiện Kế hoạch số 09-KH/TU ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy;
                join_next: paragraph
            preamble: "Ủy ban nhân dân phường Vĩnh Thông xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:"
            sections:
              - kind: purpose
                content:
                  - bullet: Nâng cao chỉ số cải cách hành chính.
            closing: Trên đây là Kế hoạch cải cách hành chính năm 2026.
            recipients: [UBND tỉnh]
            archive: [VT]
            signature:
              authority: [TM. ỦY BAN NHÂN DÂN]
              position: CHỦ TỊCH
              name: Nguyễn Văn A
            """);

        Assert.Equal(
            [
                "<p role=\"basis\">Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 và Quyết định số 34/QĐ-UBND ngày 20 tháng 01 năm 2026 "
                    + "của UBND tỉnh An Giang về công tác cải cách hành chính năm 2026; Thực hiện Kế hoạch số 09-KH/TU ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy;</p>",
                "<p role=\"preamble\">" + Preamble + "</p>",
            ],
            Opening(plan));
        Assert.Empty(PlanValidator.Validate(plan).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Path}: {d.Message}"));
    }
}
