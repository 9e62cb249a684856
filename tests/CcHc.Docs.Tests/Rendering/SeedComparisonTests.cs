using CcHc.Docs.Tests.Examples;
using Xunit.Abstractions;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// The words of each rendered example against the words of the real plan it was transcribed from
/// (../shared/seeds/*.txt). The seeds are text extracted from the published documents, so they carry
/// extraction artefacts; the few lines left out of the comparison are listed in <see cref="SeedLines"/>,
/// each with its reason. Everything else must align: similarity = 2·matched / (seed words + render words) ≥ 98 %.
/// </summary>
public class SeedComparisonTests(ITestOutputHelper output)
{
    private const double Required = 0.98;

    [Theory]
    [MemberData(nameof(ExamplePlans.All), MemberType = typeof(ExamplePlans))]
    public void Rendered_text_matches_the_seed_word_for_word(string name)
    {
        var seed = string.Join('\n', SeedLines(SeedText.ReadLines(name + ".txt")));
        using var document = ExamplePlans.Open(name);

        // Left out of the render: the letterhead table (ô 1–4). The seeds lost it (see SeedLines), so
        // its words have nothing to align with.
        var render = string.Join('\n', DocxText.Lines(document, skipLetterhead: true));

        var alignment = WordAlignment.Align(seed, render);
        output.WriteLine(
            $"{name}: similarity {alignment.Similarity:P2} ({alignment.Matched} matched of {alignment.SeedWords.Length} seed / {alignment.RenderWords.Length} rendered words)");
        output.WriteLine(alignment.Describe());
        Assert.True(
            alignment.Similarity >= Required,
            $"{name}: {alignment.Similarity:P2} < {Required:P0}. Differences:\n{alignment.Describe()}");
    }

    [Fact]
    public void Normalisation_ignores_case_dashes_and_no_break_spaces_but_not_words()
    {
        Assert.Equal(["độc", "lập", "-", "tự", "do"], WordAlignment.Words("ĐỘC\u00A0LẬP \u2013 Tự\tdo"));
        Assert.Equal(1.0, WordAlignment.Align("Phòng Văn hóa – Xã hội", "PHÒNG VĂN HÓA - XÃ HỘI").Similarity);

        // One word of four replaced: 3 matched, 2·3 / (4 + 4).
        var changed = WordAlignment.Align("Phấn đấu đạt chỉ", "Phần đầu đạt chỉ");
        Assert.Equal(2, changed.Matched);
        Assert.Equal(0.5, changed.Similarity);
    }

    [Fact]
    public void Seed_exclusions_remove_only_the_listed_artefacts()
    {
        string[] lines =
        [
            "", "Số: 78 /KH-UBND", "Vĩnh Phong, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH", "Nâng cao",
            "Châu Ngọc Cẩn", "T. AN GIANG", "Phụ lục 1", "STT\tNhiệm vụ", "I\tNhóm", "STT\tNhiệm vụ", "1\tViệc",
            "Phụ lục 2", "STT\tNhiệm vụ", "1\tViệc",
        ];
        Assert.Equal(
            ["KẾ HOẠCH", "Nâng cao", "Châu Ngọc Cẩn", "Phụ lục 1", "STT\tNhiệm vụ", "I\tNhóm", "1\tViệc", "Phụ lục 2", "STT\tNhiệm vụ", "1\tViệc"],
            SeedLines(lines));
    }

    /// <summary>
    /// The seed lines that take part in the comparison. Left out, and only these:
    /// <list type="number">
    /// <item>Everything above the "KẾ HOẠCH" title line. The extraction lost the letterhead table: what is
    /// left of it ("Số: 78 /KH-UBND", the place-and-date line, or nothing at all) comes without the issuing
    /// body, Quốc hiệu and Tiêu ngữ, and in a different order; the letterhead is checked element by element
    /// in <see cref="ExampleLayoutTests"/> instead.</item>
    /// <item>A table header row repeated at a page break: the extraction prints the header again on every page
    /// of a long table (Word's repeated header row), which is one row in the document. The first header of
    /// each appendix stays.</item>
    /// <item>The stray line "T. AN GIANG" under the signer's name in the PAR plan: residue of the seal's text,
    /// not part of the document (see examples/plans/README.md).</item>
    /// </list>
    /// Not left out: cells split across a page break (their tail sits after the header repeat, a word or two
    /// out of order) and raw HTML in table cells, which the transcription keeps as written.
    /// </summary>
    internal static IReadOnlyList<string> SeedLines(IEnumerable<string> lines)
    {
        var kept = new List<string>();
        var titleSeen = false;
        var headers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (!titleSeen)
            {
                titleSeen = line.StartsWith("KẾ HOẠCH", StringComparison.Ordinal);
                if (!titleSeen)
                {
                    continue;
                }
            }
            if (line.StartsWith("Phụ lục", StringComparison.Ordinal))
            {
                headers.Clear();
            }
            if (IsHeaderRow(line) && !headers.Add(line))
            {
                continue;
            }
            if (line == "T. AN GIANG")
            {
                continue;
            }
            if (line.Length > 0)
            {
                kept.Add(line);
            }
        }
        return kept;
    }

    private static bool IsHeaderRow(string line) =>
        line.StartsWith("STT\t", StringComparison.Ordinal) || line.StartsWith("TT\t", StringComparison.Ordinal);
}
