using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class VietnameseNumbersTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(5, "5")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(1400, "1.400")]
    [InlineData(12345, "12.345")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-1400, "-1.400")]
    [InlineData(int.MaxValue, "2.147.483.647")]
    [InlineData(int.MinValue, "-2.147.483.648")]
    public void Format_Int(int value, string expected) => Assert.Equal(expected, VietnameseNumbers.Format(value));

    [Theory]
    [InlineData(78_496_000_000L, "78.496.000.000")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807")]
    [InlineData(-1L, "-1")]
    public void Format_Long(long value, string expected) => Assert.Equal(expected, VietnameseNumbers.Format(value));

    [Theory]
    [InlineData("78.496", "78,496")]
    [InlineData("847.35", "847,35")]
    [InlineData("11.4", "11,4")]
    [InlineData("1.50", "1,5")]
    [InlineData("1400", "1.400")]
    [InlineData("1234.5", "1.234,5")]
    [InlineData("-0.5", "-0,5")]
    [InlineData("0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0.001", "0,001")]
    public void Format_Decimal(string value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("78.496", 1, "78,5")]
    [InlineData("5", 2, "5,00")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("1234.5678", 2, "1.234,57")]
    [InlineData("-0.04", 1, "0,0")]
    [InlineData("0.05", 1, "0,1")]
    public void Format_DecimalWithFixedDecimals(string value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Theory]
    [InlineData(11.4, "11,4")]
    [InlineData(1400.0, "1.400")]
    [InlineData(847.35, "847,35")]
    [InlineData(-0.0, "0")]
    [InlineData(1e15, "1.000.000.000.000.000")]
    [InlineData(-3.25, "-3,25")]
    public void Format_Double(double value, string expected) => Assert.Equal(expected, VietnameseNumbers.Format(value));

    [Fact]
    public void Format_Double_HidesBinaryNoise() => Assert.Equal("0,3", VietnameseNumbers.Format(0.1 + 0.2));

    [Theory]
    [InlineData(2.25, 1, "2,3")]
    [InlineData(2.5, 0, "3")]
    [InlineData(1234.5678, 2, "1.234,57")]
    [InlineData(95.5, 1, "95,5")]
    [InlineData(-0.01, 1, "0,0")]
    public void Format_DoubleWithFixedDecimals(double value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(value, decimals));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_Double_RejectsNonFinite(double value)
    {
        Assert.Throws<ArgumentException>(() => VietnameseNumbers.Format(value));
        Assert.Throws<ArgumentException>(() => VietnameseNumbers.Format(value, 1));
    }

    [Fact]
    public void Format_RejectsBadDecimalCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.Format(1m, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.Format(1m, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.Format(1d, 16));
    }

    [Theory]
    [InlineData("95.5", "95,5%")]
    [InlineData("100", "100%")]
    [InlineData("0.5", "0,5%")]
    public void FormatPercent(string percent, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("95.55", 1, "95,6%")]
    [InlineData("90", 1, "90,0%")]
    public void FormatPercent_WithFixedDecimals(string percent, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Theory]
    [InlineData("1.400", "1400")]
    [InlineData("1400", "1400")]
    [InlineData("78,496", "78.496")]
    [InlineData("847,35", "847.35")]
    [InlineData("11,4", "11.4")]
    [InlineData("-0,5", "-0.5")]
    [InlineData("78.496.000.000", "78496000000")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData(" 12 ", "12")]
    [InlineData("0,001", "0.001")]
    public void ParseDecimal_ReadsViVn(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumbers.ParseDecimal(text));

    [Theory]
    [InlineData("", 0, "The number is empty.")]
    [InlineData("1.5", 1, "In \"1.5\" the \".\" separates thousands and must be followed by exactly three digits; vi-VN writes decimals after \",\" (e.g. \"1,5\").")]
    [InlineData("  1.5", 3, "In \"1.5\" the \".\" separates thousands and must be followed by exactly three digits; vi-VN writes decimals after \",\" (e.g. \"1,5\").")]
    [InlineData("1.2345", 1, "In \"1.2345\" the \".\" separates thousands and must be followed by exactly three digits; vi-VN writes decimals after \",\" (e.g. \"1,5\").")]
    [InlineData("1,400.5", 5, "The number \"1,400.5\" has \".\" after the decimal comma; \".\" only separates thousands.")]
    [InlineData("1.400,5,3", 7, "The number \"1.400,5,3\" has more than one decimal comma.")]
    [InlineData("12a", 2, "Unexpected \"a\" in the number \"12a\".")]
    [InlineData("1 400", 1, "Remove the space in \"1 400\"; vi-VN separates thousands with \".\".")]
    [InlineData(",5", 0, "Write a digit before the decimal comma: \"0,5\".")]
    [InlineData("5,", 1, "Write the decimals after the comma in \"5,\", or remove the comma.")]
    [InlineData("1234.567", 0, "Put \".\" between every three digits of \"1234.567\", or leave all of them out.")]
    [InlineData("-", 1, "The number \"-\" must start with a digit.")]
    [InlineData("abc", 0, "The number \"abc\" must start with a digit.")]
    [InlineData("79.228.162.514.264.337.593.543.950.336", 0, "The number \"79.228.162.514.264.337.593.543.950.336\" is too large.")]
    public void ParseDecimal_RejectsWithExactMessage(string text, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => VietnameseNumbers.ParseDecimal(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.False(VietnameseNumbers.TryParseDecimal(text, out _));
    }

    [Fact]
    public void ParseInt64_ReadsWholeNumbers()
    {
        Assert.Equal(78_496_000_000L, VietnameseNumbers.ParseInt64("78.496.000.000"));
        Assert.Equal(-1400L, VietnameseNumbers.ParseInt64("-1.400"));
        Assert.Equal(5L, VietnameseNumbers.ParseInt64("5,0"));
    }

    [Theory]
    [InlineData("1.400,5", 5, "The number \"1.400,5\" must be a whole number.")]
    [InlineData("9.223.372.036.854.775.808", 0, "The number \"9.223.372.036.854.775.808\" is too large.")]
    public void ParseInt64_RejectsWithExactMessage(string text, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => VietnameseNumbers.ParseInt64(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("95,5%", "95.5")]
    [InlineData("95,5 %", "95.5")]
    [InlineData("100%", "100")]
    [InlineData("-2,25%", "-2.25")]
    public void ParsePercent_ReadsPercentages(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumbers.ParsePercent(text));

    [Fact]
    public void ParsePercent_RequiresPercentSign()
    {
        var error = Assert.Throws<VietnameseFormatException>(() => VietnameseNumbers.ParsePercent("95,5"));

        Assert.Equal("The percentage \"95,5\" must end with \"%\".", error.Message);
        Assert.Equal(4, error.Position);
    }

    [Fact]
    public void FormatThenParse_RoundTripsAcrossMagnitudes()
    {
        for (var value = -1_000_000m; value <= 1_000_000m; value += 987.654m)
        {
            Assert.Equal(value, VietnameseNumbers.ParseDecimal(VietnameseNumbers.Format(value)));
        }

        for (var value = 1L; value < long.MaxValue / 7; value = value * 7 + 3)
        {
            Assert.Equal(value, VietnameseNumbers.ParseInt64(VietnameseNumbers.Format(value)));
        }
    }

    [Fact]
    public void NumberFormat_IsReadOnlyViVn()
    {
        Assert.True(VietnameseNumbers.NumberFormat.IsReadOnly);
        Assert.Equal(".", VietnameseNumbers.NumberFormat.NumberGroupSeparator);
        Assert.Equal(",", VietnameseNumbers.NumberFormat.NumberDecimalSeparator);
    }
}
