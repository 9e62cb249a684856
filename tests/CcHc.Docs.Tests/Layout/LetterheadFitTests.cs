using CcHc.Docs.Docx;
using CcHc.Docs.Rendering;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Layout;

/// <summary>The place-and-date line never wraps: the right column widens, or the line steps down to 13 pt.</summary>
public sealed class LetterheadFitTests
{
    private const string Summary = "Cải cách hành chính năm 2026";

    [Theory]
    // issuer, place, expected size (points), right column wider than the official 100 mm?
    [InlineData("Ủy ban nhân dân xã Vĩnh Phong", "Vĩnh Phong", 14, false)]
    [InlineData("Ủy ban nhân dân phường Hòa Khánh Bắc", "Hòa Khánh Bắc", 14, false)]
    [InlineData("Ủy ban nhân dân xã Vĩnh Phong", "Thành phố Hồ Chí Minh", 14, true)]
    [InlineData("Ủy ban nhân dân phường Bình Hưng Hòa", "Bình Hưng Hòa", 14, false)]
    // The left column must keep "THÀNH PHỐ HỒ CHÍ MINH" whole, so the date line steps down to 13 pt.
    [InlineData("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", 13, true)]
    public void The_estimated_date_line_fits_its_column(string issuer, string place, double points, bool widened)
    {
        var plan = LayoutPlans.With(issuer, place, Summary);
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        var (left, right) = LayoutPlans.Columns(document);
        var (text, size) = LayoutPlans.DateLine(document, 14);

        Assert.StartsWith(place + ", ngày 28 tháng 12 năm 2025", text, StringComparison.Ordinal);
        Assert.Equal(points, size);
        Assert.Equal(9355, left + right);
        Assert.Equal(widened, right > LetterheadRenderer.RightColumn);
        Assert.True(TextWidthEstimator.Twips(text, size, bold: false) <= right, $"{text} at {size} pt is wider than {right} twips");
        // The left column still holds "ỦY BAN NHÂN DÂN" on one line.
        Assert.True(left >= DateLineFit.MinimumLeft);
    }

    [Fact]
    public void The_13_pt_profile_keeps_its_size_when_the_line_fits()
    {
        var fit = DateLineFit.For("Vĩnh Phong, ngày 20 tháng 3 năm 2026", ["ỦY BAN NHÂN DÂN", "XÃ VĨNH PHONG"], 9355, 5670, FormattingProfile.Body13);

        Assert.Equal(new DateLineFit(3685, 5670, null), fit);
        Assert.Null(fit.RunProperties());
    }

    [Fact]
    public void A_line_too_long_for_any_column_takes_the_widest_at_13_pt()
    {
        var fit = DateLineFit.For(
            "Phường Bình Hưng Hòa A, Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2025", ["ỦY BAN NHÂN DÂN"], 9355, 5670, FormattingProfile.Body14);

        Assert.Equal(new DateLineFit(DateLineFit.MinimumLeft, 9355 - DateLineFit.MinimumLeft, 13), fit);
    }

    [LibreOfficeFact]
    public void LibreOffice_prints_a_long_date_line_on_one_line()
    {
        var texts = new[]
        {
            ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
            ("Ủy ban nhân dân xã Vĩnh Phong", "Thành phố Hồ Chí Minh"),
        };
        foreach (var (issuer, place) in texts)
        {
            var pdf = PdfText.OfDocx(PlanRenderer.Default.RenderToBytes(LayoutPlans.With(issuer, place, Summary)), "letterhead");
            var lines = pdf.Split('\n');

            Assert.Contains(lines, line => line.Contains(place + ", ngày 28 tháng 12 năm 2025", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.Trim() == "2025");
        }
    }
}
