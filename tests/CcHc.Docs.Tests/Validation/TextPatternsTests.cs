using System.Globalization;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Validation;

public sealed class TextPatternsTests
{
    [Theory]
    [InlineData("Giải quyết 1.400 lượt, đạt 11,4% và 78,496 tỷ", "1400;11.4;78.496")]
    [InlineData("giai đoạn 2026 - 2030, 03 cuộc/năm", "2026;2030;3")]
    public void Numbers_are_read_the_vi_VN_way(string text, string expected) =>
        Assert.Equal(expected.Split(';').Select(s => decimal.Parse(s, CultureInfo.InvariantCulture)), TextPatterns.NumbersIn(text));

    [Theory]
    [InlineData("ngày 20 / 3 /2026", 2026, 3, 20)]
    [InlineData("ngày 09 tháng 6 năm 2025", 2025, 6, 9)]
    [InlineData("14/01/2025", 2025, 1, 14)]
    public void Dates_are_read_in_any_written_form(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), TextPatterns.ReadDate(text));

    [Fact]
    public void Messages_print_dates_and_numbers_the_vietnamese_way_whatever_the_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("09/6/2025", TextPatterns.Short(new DateOnly(2025, 6, 9)));
            Assert.Equal("1.400", TextPatterns.ViNumber(1400));
            Assert.Equal("11,4", TextPatterns.ViNumber(11.4m));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Fold_removes_marks_and_lowers() =>
        Assert.Equal("vinh phong dong", TextPatterns.Fold("VĨNH Phong Đồng"));
}
