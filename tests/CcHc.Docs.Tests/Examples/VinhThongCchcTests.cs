using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Examples;

/// <summary>
/// examples/plans/vinh-thong-cchc-2026.yaml against its seed, the Vĩnh Thông CCHC plan: every expected
/// value is read from ../shared/seeds/vinh-thong-cchc-2026.txt at test time, not from the YAML.
/// </summary>
public sealed class VinhThongCchcTests
{
    private const string SeedFile = "vinh-thong-cchc-2026.txt";
    private const string PlanFile = "vinh-thong-cchc-2026.yaml";

    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
    };

    private readonly IReadOnlyList<string> _seed = SeedText.ReadLines(SeedFile);
    private readonly Plan _plan = PlanReader.ReadYaml(File.ReadAllText(SeedText.ExamplePlanPath(PlanFile)), PlanFile);

    [Fact]
    public void Letterhead_is_a_draft_with_the_place_and_year_of_the_date_line()
    {
        var lines = _seed.Select(l => l.Trim()).ToList();
        var number = lines.Single(l => l.StartsWith("Số:", StringComparison.Ordinal));
        // The địa danh line: "<place>, ngày … năm <year>" with no other comma before "ngày".
        var dateLine = lines.Single(l => Regex.IsMatch(l, @"^[^,]+, ngày\b.*năm \d{4}$"));

        // "Số: /KH-UBND": no number before the slash, so the plan has none.
        Assert.Equal("Số: /" + _plan.Letterhead.Symbol, number);
        Assert.Null(_plan.Letterhead.Number);
        Assert.Null(_plan.Letterhead.Date);
        Assert.True(_plan.Letterhead.IsDraft);
        Assert.Equal(dateLine[..dateLine.IndexOf(',', StringComparison.Ordinal)], _plan.Letterhead.Place);
        Assert.EndsWith($"năm {_plan.Letterhead.Year}", dateLine, StringComparison.Ordinal);
        Assert.Null(_plan.Letterhead.ParentBody);
        // The preamble names the issuer with the abbreviation it introduces: "Ủy ban nhân dân (UBND) phường …".
        Assert.StartsWith(_plan.Letterhead.Issuer, _plan.Preamble!.Replace(" (UBND)", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Title_basis_and_preamble_are_the_seed_lines()
    {
        var opening = SeedText.OpeningLines(_seed);
        var basis = Assert.Single(_plan.Bases);
        var date = basis.Date!.Value;

        Assert.Equal(SeedText.Summary(_seed), _plan.Title.Summary);
        Assert.Equal(2, opening.Count);
        Assert.Equal(opening[0], basis.Text);
        // The fields say the same as the line; only the final ";" (where NĐ30 wants ".") needs the override.
        Assert.Equal(
            $"Căn cứ {basis.Kind} số {basis.Number} ngày {date.Day} tháng {date.Month} năm {date.Year} của {basis.Issuer} {basis.Subject};",
            opening[0]);
        Assert.Equal(opening[1], _plan.Preamble);
        Assert.Empty(_plan.Implementing);
    }

    [Fact]
    public void Top_level_sections_match_the_roman_headings()
    {
        var headings = SeedText.BodyLines(_seed).Where(SeedText.IsRomanHeading).ToList();

        Assert.Equal(headings.Count, _plan.Sections.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var label = SeedText.Roman(i + 1) + ". ";
            Assert.StartsWith(label + SeedText.HeadingOf(_plan.Sections[i]), headings[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_body_line_is_transcribed_in_place()
    {
        // Seed line 131 reads "III. … NĂM 2026 (*Chi tiết tại phụ lục đính kèm*).": the asterisks are the
        // extraction's italics, and the final "." after the parenthesis has no field in the model (the
        // reference holds only the words inside the parentheses), so both are taken off before comparing.
        var expected = SeedText.BodyLines(_seed)
            .Select(l => l.StartsWith("III. ", StringComparison.Ordinal) ? l.Replace("*", "", StringComparison.Ordinal).TrimEnd('.') : l)
            .ToList();

        Assert.Equal(expected, SeedText.Outline(_plan));
    }

    [Fact]
    public void Section_three_points_to_an_appendix_the_seed_does_not_contain()
    {
        var reference = _plan.Sections[2].SeeAppendix;

        Assert.NotNull(reference);
        Assert.Null(reference.Appendix);
        // No appendix table in the seed: no "Phụ lục" heading and no tab-separated table row anywhere,
        // so there are no group, task or sub-rows to count, and the plan has no appendix either.
        Assert.DoesNotContain(_seed, l => l.TrimStart().StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_seed, l => l.Contains('\t', StringComparison.Ordinal));
        Assert.Empty(_plan.Appendices);
    }

    [Fact]
    public void Every_figure_appears_in_its_target_as_written()
    {
        var targets = AllSections(_plan.Sections).SelectMany(s => s.Targets).ToList();

        Assert.Equal(18, targets.Count); // 06 + 05 + 02 + 02 + 03, as the seed's points announce
        foreach (var target in targets)
        {
            Assert.NotEmpty(target.Figures);
            foreach (var figure in target.Figures)
            {
                var number = figure.Value.ToString("#,##0.####", VietnameseNumbers);
                var written = figure.Unit == "%" ? number + "%" : $"{number} {figure.Unit}";
                Assert.Contains(written, target.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Closing_recipients_archive_and_signature_are_the_seed_lines()
    {
        var signature = _plan.Signature.Authority.Select(a => a.ToString())
            .Append(_plan.Signature.Position!)
            .Append(_plan.Signature.Name);

        Assert.Equal(SeedText.ClosingLine(_seed), _plan.Closing!.Text);
        Assert.True(_plan.Closing.EndMark);
        Assert.Equal(SeedText.Recipients(_seed), _plan.Recipients);
        Assert.Equal(SeedText.Archive(_seed), _plan.Archive);
        Assert.Equal(SeedText.SignatureLines(_seed), signature);
    }

    [Fact]
    public void Plan_round_trips_through_yaml_and_json()
    {
        Assert.Equal(_plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(_plan)));
        Assert.Equal(_plan, PlanReader.ReadJson(PlanWriter.WriteJson(_plan)));
    }

    private static IEnumerable<Section> AllSections(IEnumerable<Section> sections) =>
        sections.SelectMany(s => AllSections(s.Content.OfType<SubsectionBlock>().Select(b => b.Section)).Prepend(s));
}
