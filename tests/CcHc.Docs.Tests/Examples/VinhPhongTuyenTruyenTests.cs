using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Examples;

/// <summary>
/// examples/plans/vinh-phong-tuyen-truyen-cchc-2026.yaml against its seed, the Vĩnh Phong tuyên truyền
/// plan: every expected value is read from ../shared/seeds/vinh-phong-tuyen-truyen-cchc-2026.txt at test
/// time, not from the YAML.
/// </summary>
public sealed class VinhPhongTuyenTruyenTests
{
    private const string SeedFile = "vinh-phong-tuyen-truyen-cchc-2026.txt";
    private const string PlanFile = "vinh-phong-tuyen-truyen-cchc-2026.yaml";

    private readonly IReadOnlyList<string> _seed = SeedText.ReadLines(SeedFile);
    private readonly Plan _plan = PlanReader.ReadYaml(File.ReadAllText(SeedText.ExamplePlanPath(PlanFile)), PlanFile);

    [Fact]
    public void Letterhead_is_a_draft_because_the_seed_gives_no_number_or_date()
    {
        Assert.DoesNotContain(_seed, l => l.TrimStart().StartsWith("Số:", StringComparison.Ordinal));
        Assert.DoesNotContain(_seed, l => l.Contains(", ngày", StringComparison.Ordinal));
        Assert.True(_plan.Letterhead.IsDraft);
        Assert.Null(_plan.Letterhead.Number);
        Assert.Equal(2026, _plan.Letterhead.IssueYear);
        Assert.Null(_plan.Letterhead.ParentBody);
        Assert.Contains(_plan.Letterhead.Issuer, _plan.Preamble, StringComparison.Ordinal);
        Assert.EndsWith(_plan.Letterhead.Place, _plan.Letterhead.Issuer, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_and_opening_sentence_are_the_seed_lines()
    {
        var opening = Assert.Single(SeedText.OpeningLines(_seed));
        var implemented = Assert.Single(_plan.Implementing);
        var date = implemented.Date!.Value;

        // The seed prints the trích yếu on two lines; the summary keeps the break as "\n".
        Assert.Equal(SeedText.Summary(_seed), _plan.Title.Summary);
        Assert.Contains('\n', _plan.Title.Summary);
        Assert.Empty(_plan.Bases);
        Assert.Null(implemented.Text);
        // One paragraph in the seed: the "Thực hiện …" sentence built from the fields, then the preamble.
        Assert.Equal(
            $"Thực hiện {implemented.Kind} số {implemented.Number} ngày {date.Day} tháng {date.Month} năm {date.Year} của {implemented.Issuer} {implemented.Subject}. {_plan.Preamble}",
            opening);
    }

    [Fact]
    public void Top_level_sections_match_the_roman_headings()
    {
        var headings = SeedText.BodyLines(_seed).Where(SeedText.IsRomanHeading).ToList();

        Assert.Equal(headings.Count, _plan.Sections.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            Assert.Equal($"{SeedText.Roman(i + 1)}. {SeedText.HeadingOf(_plan.Sections[i])}", headings[i]);
        }
    }

    [Fact]
    public void Every_body_line_is_transcribed_in_place()
    {
        Assert.Equal(SeedText.BodyLines(_seed), SeedText.Outline(_plan));
    }

    [Fact]
    public void Seed_and_plan_have_no_appendix()
    {
        // No "Phụ lục" heading and no tab-separated table row in the seed: no rows to count.
        Assert.DoesNotContain(_seed, l => l.TrimStart().StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_seed, l => l.Contains('\t', StringComparison.Ordinal));
        Assert.Empty(_plan.Appendices);
        Assert.DoesNotContain(_plan.Sections, s => s.SeeAppendix is not null);
    }

    [Fact]
    public void Closing_keeps_its_spaced_end_mark_without_adding_one()
    {
        Assert.Equal(SeedText.ClosingLine(_seed), _plan.Closing!.Text);
        Assert.EndsWith(". /.", _plan.Closing.Text, StringComparison.Ordinal);
        Assert.False(_plan.Closing.EndMark);
    }

    [Fact]
    public void Recipients_archive_and_signature_are_the_seed_lines()
    {
        // The seed signs "CHỦ TỊCH" with no quyền hạn line: position and name only.
        var signature = _plan.Signature.Authority.Select(a => a.ToString())
            .Append(_plan.Signature.Position!)
            .Append(_plan.Signature.Name);

        Assert.Equal(SeedText.Recipients(_seed), _plan.Recipients);
        Assert.Equal(SeedText.Archive(_seed), _plan.Archive);
        Assert.Equal(SeedText.SignatureLines(_seed), signature);
        Assert.Empty(_plan.Signature.Authority);
    }

    [Fact]
    public void Plan_round_trips_through_yaml_and_json()
    {
        Assert.Equal(_plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(_plan)));
        Assert.Equal(_plan, PlanReader.ReadJson(PlanWriter.WriteJson(_plan)));
    }
}
