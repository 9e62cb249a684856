using CcHc.Docs.Docx;
using CcHc.Docs.Import;
using CcHc.Docs.Rendering;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Layout;

/// <summary>The trích yếu on balanced lines that split no name, figure or dashed range.</summary>
public sealed class TitleBreakTests
{
    private const string CityIssuer = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
    private const string City = "Thành phố Hồ Chí Minh";

    public static TheoryData<string, string, string> LongTitles => new()
    {
        { CityIssuer, City, "Thực hiện Chương trình chuyển đổi số, phát triển kinh tế số và xã hội số gắn với cải cách hành chính giai đoạn 2026 - 2030 trên địa bàn Thành phố Hồ Chí Minh" },
        { "Ủy ban nhân dân phường Hòa Khánh Bắc", "Hòa Khánh Bắc", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp của Bộ phận Một cửa và các cơ quan, đơn vị trên địa bàn phường Hòa Khánh Bắc năm 2026" },
        { "Ủy ban nhân dân xã Vĩnh Phong", "Vĩnh Phong", "Tuyên truyền cải cách hành chính, chuyển đổi số và Đề án 06 của Chính phủ trên địa bàn xã Vĩnh Phong, giai đoạn 2026 - 2030, nhiệm kỳ 2025 - 2030 của Ủy ban nhân dân xã Vĩnh Phong" },
    };

    private static IReadOnlyList<string> Lines(string issuer, string place, string summary)
    {
        using var document = WordprocessingDocument.Open(
            new MemoryStream(PlanRenderer.Default.RenderToBytes(LayoutPlans.With(issuer, place, summary))), false);
        return LayoutPlans.TitleLines(document);
    }

    [Theory]
    [MemberData(nameof(LongTitles))]
    public void A_long_trich_yeu_breaks_into_balanced_lines_that_fit(string issuer, string place, string summary)
    {
        var lines = Lines(issuer, place, summary);
        var widths = lines.Select(l => TextWidthEstimator.Twips(l, 14, bold: true)).ToList();
        var total = TextWidthEstimator.Twips(summary, 14, bold: true);

        Assert.Equal(summary, string.Join(" ", lines).Replace('\u00A0', ' '));
        // As few lines as the text needs, each inside the usable width.
        Assert.InRange(lines.Count, 2, (total / (int)(9355 * TitleLineBreaker.UsableShare)) + 2);
        Assert.All(widths, w => Assert.True(w <= 9355 * TitleLineBreaker.UsableShare, string.Join(" / ", lines)));
        // Balanced: no line is less than half as long as the longest.
        Assert.True(widths.Min() * 2 >= widths.Max(), string.Join(" / ", lines));
    }

    [Theory]
    [MemberData(nameof(LongTitles))]
    public void No_line_splits_a_name_a_figure_or_a_range(string issuer, string place, string summary)
    {
        var lines = Lines(issuer, place, summary).Select(l => l.Replace('\u00A0', ' ')).ToList();

        foreach (var whole in new[] { "Thành phố Hồ Chí Minh", "phường Hòa Khánh Bắc", "xã Vĩnh Phong", "giai đoạn 2026 - 2030", "nhiệm kỳ 2025 - 2030", "Bộ phận Một cửa", "Đề án 06" })
        {
            if (summary.Contains(whole, StringComparison.Ordinal))
            {
                Assert.True(
                    lines.Sum(l => CountOf(l, whole)) == CountOf(summary, whole),
                    $"\"{whole}\" is split: {string.Join(" / ", lines)}");
            }
        }

        Assert.All(lines.SkipLast(1), line => Assert.DoesNotMatch(@"(\s|^)(Thành|phố|Hồ|Chí|giai|đoạn|-)$", line));
    }

    [Fact]
    public void Known_names_carry_no_break_spaces_in_the_markup()
    {
        var markup = PlanRenderer.Default.RenderMarkup(LayoutPlans.With(CityIssuer, City, "Chuyển đổi số trên địa bàn Thành phố Hồ Chí Minh"));

        Assert.Contains("<summary>Chuyển đổi số trên địa bàn Thành\u00A0phố\u00A0Hồ\u00A0Chí\u00A0Minh</summary>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_fits_or_has_its_own_lines_is_kept()
    {
        Assert.Equal(["Cải cách hành chính năm 2026"], Lines(CityIssuer, City, "Cải cách hành chính năm 2026"));
        var own = "Thực hiện Chương trình chuyển đổi số, phát triển kinh tế số và xã hội số\ngắn với cải cách hành chính giai đoạn 2026 - 2030";
        Assert.Equal(own.Split('\n'), Lines(CityIssuer, City, own).Select(l => l.Replace('\u00A0', ' ')));
    }

    [Fact]
    public void Balanced_breaks_import_as_spaces()
    {
        // (A trích yếu opening with "Thực hiện" would read as an implementing line; this one does not.)
        var (issuer, place, summary) = ((string)LongTitles.ElementAt(1)[0], (string)LongTitles.ElementAt(1)[1], (string)LongTitles.ElementAt(1)[2]);
        var imported = PlanImporter.ImportDocx(new MemoryStream(PlanRenderer.Default.RenderToBytes(LayoutPlans.With(issuer, place, summary))));

        Assert.Equal(summary, imported.Plan.Title.Summary);
    }

    [LibreOfficeFact]
    public void LibreOffice_prints_each_balanced_line_as_one_line()
    {
        foreach (var row in LongTitles)
        {
            var (issuer, place, summary) = ((string)row[0], (string)row[1], (string)row[2]);
            var expected = Lines(issuer, place, summary).Select(l => l.Replace('\u00A0', ' ')).ToList();
            var pdf = PdfText.OfDocx(PlanRenderer.Default.RenderToBytes(LayoutPlans.With(issuer, place, summary)), "trich-yeu");
            var printed = pdf.Split('\n').Select(l => l.Replace('\u00A0', ' ').Trim()).ToList();

            Assert.All(expected, line => Assert.Contains(line, printed));
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
