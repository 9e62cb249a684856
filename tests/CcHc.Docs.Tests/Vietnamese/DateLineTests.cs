using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class DateLineTests
{
    [Theory]
    [InlineData(1, "01")]
    [InlineData(2, "02")]
    [InlineData(3, "03")]
    [InlineData(4, "04")]
    [InlineData(5, "05")]
    [InlineData(6, "06")]
    [InlineData(7, "07")]
    [InlineData(8, "08")]
    [InlineData(9, "09")]
    [InlineData(10, "10")]
    [InlineData(11, "11")]
    [InlineData(12, "12")]
    [InlineData(13, "13")]
    [InlineData(14, "14")]
    [InlineData(15, "15")]
    [InlineData(16, "16")]
    [InlineData(17, "17")]
    [InlineData(18, "18")]
    [InlineData(19, "19")]
    [InlineData(20, "20")]
    [InlineData(21, "21")]
    [InlineData(22, "22")]
    [InlineData(23, "23")]
    [InlineData(24, "24")]
    [InlineData(25, "25")]
    [InlineData(26, "26")]
    [InlineData(27, "27")]
    [InlineData(28, "28")]
    [InlineData(29, "29")]
    [InlineData(30, "30")]
    [InlineData(31, "31")]
    public void FormatDay_WritesTwoDigits(int day, string expected) =>
        Assert.Equal(expected, DateLine.FormatDay(day));

    [Theory]
    [InlineData(1, "01")]
    [InlineData(2, "02")]
    [InlineData(3, "3")]
    [InlineData(4, "4")]
    [InlineData(5, "5")]
    [InlineData(6, "6")]
    [InlineData(7, "7")]
    [InlineData(8, "8")]
    [InlineData(9, "9")]
    [InlineData(10, "10")]
    [InlineData(11, "11")]
    [InlineData(12, "12")]
    public void FormatMonth_PadsOnlyJanuaryAndFebruary(int month, string expected) =>
        Assert.Equal(expected, DateLine.FormatMonth(month));

    [Theory]
    [InlineData(1, "Vĩnh Phong, ngày 05 tháng 01 năm 2026")]
    [InlineData(2, "Vĩnh Phong, ngày 05 tháng 02 năm 2026")]
    [InlineData(3, "Vĩnh Phong, ngày 05 tháng 3 năm 2026")]
    [InlineData(4, "Vĩnh Phong, ngày 05 tháng 4 năm 2026")]
    [InlineData(5, "Vĩnh Phong, ngày 05 tháng 5 năm 2026")]
    [InlineData(6, "Vĩnh Phong, ngày 05 tháng 6 năm 2026")]
    [InlineData(7, "Vĩnh Phong, ngày 05 tháng 7 năm 2026")]
    [InlineData(8, "Vĩnh Phong, ngày 05 tháng 8 năm 2026")]
    [InlineData(9, "Vĩnh Phong, ngày 05 tháng 9 năm 2026")]
    [InlineData(10, "Vĩnh Phong, ngày 05 tháng 10 năm 2026")]
    [InlineData(11, "Vĩnh Phong, ngày 05 tháng 11 năm 2026")]
    [InlineData(12, "Vĩnh Phong, ngày 05 tháng 12 năm 2026")]
    public void ToString_EveryMonth(int month, string expected)
    {
        var line = DateLine.Dated("Vĩnh Phong", new DateOnly(2026, month, 5));

        Assert.Equal(expected, line.ToString());
        Assert.True(DateLine.IsCanonical(expected));
        Assert.Equal(line, DateLine.Parse(expected));
    }

    [Theory]
    [InlineData(2026, 3, 25, "ngày 25 tháng 3 năm 2026")]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [InlineData(2025, 1, 14, "ngày 14 tháng 01 năm 2025")]
    [InlineData(2025, 6, 9, "ngày 09 tháng 6 năm 2025")]
    [InlineData(2025, 10, 1, "ngày 01 tháng 10 năm 2025")]
    [InlineData(2025, 12, 31, "ngày 31 tháng 12 năm 2025")]
    [InlineData(2024, 2, 29, "ngày 29 tháng 02 năm 2024")]
    public void FormatLongDate_FollowsNd30(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DateLine.FormatLongDate(new DateOnly(year, month, day)));

    [Fact]
    public void Draft_LeavesFiveSpaceBlanks()
    {
        var line = DateLine.Draft("Vĩnh Thông", 2026);

        Assert.Equal("Vĩnh Thông, ngày     tháng     năm 2026", line.ToString());
        Assert.Equal(5, DateLine.DraftBlank.Length);
        Assert.True(line.IsDraft);
        Assert.Null(line.Date);
        Assert.Equal(2026, line.Year);
    }

    [Fact]
    public void Dated_HasDateAndYear()
    {
        var line = DateLine.Dated("  Vĩnh Phong ", new DateOnly(2026, 3, 20));

        Assert.Equal("Vĩnh Phong", line.Place);
        Assert.Equal(new DateOnly(2026, 3, 20), line.Date);
        Assert.Equal(2026, line.Year);
        Assert.False(line.IsDraft);
    }

    [Fact]
    public void Dated_NormalizesPlaceToNfc()
    {
        var line = DateLine.Dated("Vi\u0303nh Phong", new DateOnly(2026, 3, 20));

        Assert.Equal("Vĩnh Phong", line.Place);
    }

    [Fact]
    public void EveryDayOfALeapYear_RoundTripsThroughAllForms()
    {
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            var line = DateLine.Dated("Vĩnh Phong", date);
            Assert.Equal(line, DateLine.Parse(line.ToString()));
            Assert.Equal(date, DateLine.ParseDate(DateLine.FormatLongDate(date)));
            Assert.Equal(date, DateLine.ParseDate($"{date.Day}/{date.Month}/{date.Year}"));
            Assert.Equal(date, DateLine.ParseDate(date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("Vĩnh Phong, ngày 20 tháng 3 năm 2026", "Vĩnh Phong", 2026, 3, 20)]
    [InlineData("Vĩnh Phong, ngày 05 tháng 02 năm 2026", "Vĩnh Phong", 2026, 2, 5)]
    [InlineData("Vĩnh Phong, ngày 5 tháng 2 năm 2026", "Vĩnh Phong", 2026, 2, 5)]
    [InlineData("  Vĩnh Phong ,   ngày  20  tháng 3 năm 2026  ", "Vĩnh Phong", 2026, 3, 20)]
    [InlineData("Hà Nội, Ngày 01 tháng 01 năm 2025", "Hà Nội", 2025, 1, 1)]
    public void Parse_ReadsDatedLines(string text, string place, int year, int month, int day)
    {
        var line = DateLine.Parse(text);

        Assert.Equal(place, line.Place);
        Assert.Equal(new DateOnly(year, month, day), line.Date);
    }

    [Theory]
    [InlineData("Vĩnh Thông, ngày tháng năm 2026")]
    [InlineData("Vĩnh Thông, ngày     tháng     năm 2026")]
    [InlineData("Vĩnh Thông,ngày\ttháng\tnăm 2026")]
    public void Parse_ReadsDraftLinesWithAnyBlankWidth(string text)
    {
        var line = DateLine.Parse(text);

        Assert.Equal(DateLine.Draft("Vĩnh Thông", 2026), line);
    }

    [Theory]
    [InlineData("Vĩnh Phong, ngày 20 tháng 3 năm 2026", true)]
    [InlineData("Vĩnh Thông, ngày     tháng     năm 2026", true)]
    [InlineData("Vĩnh Thông, ngày tháng năm 2026", false)]
    [InlineData("Vĩnh Phong, ngày 5 tháng 02 năm 2026", false)]
    [InlineData("Vĩnh Phong, ngày 05 tháng 2 năm 2026", false)]
    [InlineData("Vĩnh Phong, ngày 20 tháng 03 năm 2026", false)]
    [InlineData("Vĩnh Phong,  ngày 20 tháng 3 năm 2026", false)]
    [InlineData("Vĩnh Phong, ngày 20 / 3 /2026", false)]
    [InlineData(null, false)]
    public void IsCanonical_ChecksLeadingZerosAndSpacing(string? text, bool expected) =>
        Assert.Equal(expected, DateLine.IsCanonical(text));

    [Theory]
    [InlineData("ngày 9 tháng 6 năm 2025", 2025, 6, 9)]
    [InlineData("ngày 09 tháng 6 năm 2025", 2025, 6, 9)]
    [InlineData("Ngày 25 tháng 12 năm 2025", 2025, 12, 25)]
    [InlineData("NGÀY 25 THÁNG 12 NĂM 2025", 2025, 12, 25)]
    [InlineData("04/9/2025", 2025, 9, 4)]
    [InlineData("01/7/2019", 2019, 7, 1)]
    [InlineData("15/12/2025", 2025, 12, 15)]
    [InlineData(" 22/12/2024 ", 2024, 12, 22)]
    [InlineData("1/1/2026", 2026, 1, 1)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void ParseDate_ReadsLongAndNumericForms(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateLine.ParseDate(text));

    [Fact]
    public void ParseDate_AcceptsDecomposedText() =>
        Assert.Equal(new DateOnly(2026, 3, 25), DateLine.ParseDate("nga\u0300y 25 tha\u0301ng 3 na\u0306m 2026"));

    [Theory]
    [InlineData("", 0, "The date is empty; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("   ", 0, "The date is empty; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("25-3-2026", 0, "Cannot read \"25-3-2026\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("20 / 3 /2026", 0, "Cannot read \"20 / 3 /2026\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("ngày 25 tháng 3", 0, "Cannot read \"ngày 25 tháng 3\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("2026-03-25", 0, "Cannot read \"2026-03-25\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("31/4/2026", 0, "Day 31 does not exist in month 4 of 2026, which has 30 days.")]
    [InlineData("29/2/2025", 0, "Day 29 does not exist in month 2 of 2025, which has 28 days.")]
    [InlineData("0/3/2026", 0, "Day 0 does not exist in month 3 of 2026, which has 31 days.")]
    [InlineData("25/13/2026", 3, "Month 13 does not exist; a month is 1 to 12.")]
    [InlineData("25/0/2026", 3, "Month 0 does not exist; a month is 1 to 12.")]
    [InlineData("25/3/26", 5, "The year \"26\" must have four digits, e.g. 2026.")]
    [InlineData("ngày 25 tháng 3 năm 20266", 20, "The year \"20266\" must have four digits, e.g. 2026.")]
    [InlineData("ngày 32 tháng 1 năm 2026", 5, "Day 32 does not exist in month 1 of 2026, which has 31 days.")]
    public void ParseDate_RejectsWithExactMessage(string text, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => DateLine.ParseDate(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.Equal(text, error.Input);
    }

    [Theory]
    [InlineData("Vĩnh Phong ngày 20 tháng 3 năm 2026", 0,
        "The date line \"Vĩnh Phong ngày 20 tháng 3 năm 2026\" has no comma after the place name; write it as \"Vĩnh Phong, ngày 20 tháng 3 năm 2026\".")]
    [InlineData(" , ngày 20 tháng 3 năm 2026", 0, "The date line \" , ngày 20 tháng 3 năm 2026\" has no place name before the comma.")]
    [InlineData("Vĩnh Phong, ngày 31 tháng 4 năm 2026", 17, "Day 31 does not exist in month 4 of 2026, which has 30 days.")]
    [InlineData("Vĩnh Phong, ngày 20 / 3 /2026", 11,
        "Cannot read \"ngày 20 / 3 /2026\" as a date; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    [InlineData("Vĩnh Thông, ngày tháng năm 26", 27, "The year \"26\" must have four digits, e.g. 2026.")]
    [InlineData("Vĩnh Phong,", 11, "The date is empty; write it as \"ngày 25 tháng 3 năm 2026\" or \"25/3/2026\".")]
    public void Parse_RejectsWithExactMessage(string text, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => DateLine.Parse(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.False(DateLine.TryParse(text, out var line));
        Assert.Null(line);
    }

    [Fact]
    public void TryParse_ReturnsTheLine()
    {
        Assert.True(DateLine.TryParse("Vĩnh Phong, ngày 20 tháng 3 năm 2026", out var line));
        Assert.Equal(DateLine.Dated("Vĩnh Phong", new DateOnly(2026, 3, 20)), line);
        Assert.False(DateLine.TryParse(null, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Dated_RejectsEmptyPlace(string place)
    {
        var error = Assert.Throws<ArgumentException>(() => DateLine.Dated(place, new DateOnly(2026, 1, 1)));

        Assert.StartsWith("The place name (địa danh) is empty.", error.Message);
    }

    [Fact]
    public void Dated_RejectsPlaceWithComma()
    {
        var error = Assert.Throws<ArgumentException>(() => DateLine.Draft("Vĩnh Phong, An Giang", 2026));

        Assert.StartsWith("The place name \"Vĩnh Phong, An Giang\" contains a comma; the comma belongs after the place name.", error.Message);
    }

    [Theory]
    [InlineData(26)]
    [InlineData(999)]
    [InlineData(10000)]
    public void Draft_RejectsYearsWithoutFourDigits(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateLine.Draft("Vĩnh Phong", year));

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-1)]
    public void FormatDay_RejectsOutOfRange(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateLine.FormatDay(day));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void FormatMonth_RejectsOutOfRange(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateLine.FormatMonth(month));

    [Fact]
    public void Draft_long_date_leaves_day_and_month_blank_and_matches_the_draft_line()
    {
        Assert.Equal("ngày     tháng     năm 2026", DateLine.FormatDraftLongDate("2026"));
        Assert.Equal("Vĩnh Thông, " + DateLine.FormatDraftLongDate("2026"), DateLine.Draft("Vĩnh Thông", 2026).ToString());
    }
}
