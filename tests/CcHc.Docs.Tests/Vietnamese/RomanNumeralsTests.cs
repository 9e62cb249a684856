using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(5, "V")]
    [InlineData(6, "VI")]
    [InlineData(7, "VII")]
    [InlineData(8, "VIII")]
    [InlineData(9, "IX")]
    [InlineData(10, "X")]
    [InlineData(14, "XIV")]
    [InlineData(19, "XIX")]
    [InlineData(40, "XL")]
    [InlineData(49, "XLIX")]
    [InlineData(90, "XC")]
    [InlineData(400, "CD")]
    [InlineData(900, "CM")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(2026, "MMXXVI")]
    [InlineData(3999, "MMMCMXCIX")]
    public void ToRoman_AndFromRoman_AreInverse(int value, string numeral)
    {
        Assert.Equal(numeral, RomanNumerals.ToRoman(value));
        Assert.Equal(value, RomanNumerals.FromRoman(numeral));
    }

    [Fact]
    public void EveryValue_RoundTrips()
    {
        for (var value = RomanNumerals.MinValue; value <= RomanNumerals.MaxValue; value++)
        {
            Assert.Equal(value, RomanNumerals.FromRoman(RomanNumerals.ToRoman(value)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    public void ToRoman_RejectsOutOfRange(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.ToRoman(value));

        Assert.StartsWith($"Only 1 to 3999 can be written in Roman numerals; {value} cannot.", error.Message);
    }

    [Theory]
    [InlineData("", 0, "The Roman numeral is empty.")]
    [InlineData("iv", 0, "Write the Roman numeral \"iv\" in capitals: \"IV\".")]
    [InlineData("Xi", 1, "Write the Roman numeral \"Xi\" in capitals: \"XI\".")]
    [InlineData(" IV", 0, "\" \" is not a Roman numeral letter; use I, V, X, L, C, D and M.")]
    [InlineData("I.", 1, "\".\" is not a Roman numeral letter; use I, V, X, L, C, D and M.")]
    [InlineData("ABC", 0, "\"A\" is not a Roman numeral letter; use I, V, X, L, C, D and M.")]
    [InlineData("IIII", 0, "\"IIII\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    [InlineData("IC", 0, "\"IC\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    [InlineData("VX", 0, "\"VX\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    [InlineData("IIV", 0, "\"IIV\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    [InlineData("MMMM", 0, "\"MMMM\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    [InlineData("VV", 0, "\"VV\" is not a standard Roman numeral (e.g. IV for 4, IX for 9, XL for 40).")]
    public void FromRoman_RejectsWithExactMessage(string numeral, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => RomanNumerals.FromRoman(numeral));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.False(RomanNumerals.TryFromRoman(numeral, out _));
    }

    [Fact]
    public void TryFromRoman_ReadsValidNumerals()
    {
        Assert.True(RomanNumerals.TryFromRoman("XII", out var value));
        Assert.Equal(12, value);
        Assert.False(RomanNumerals.TryFromRoman(null, out _));
    }
}
