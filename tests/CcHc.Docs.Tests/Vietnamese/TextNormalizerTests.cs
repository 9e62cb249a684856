using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Vie\u0323\u0302t", "Việt")]
    [InlineData("Vie\u0302\u0323t", "Việt")]
    [InlineData("U\u0309y ban", "Ủy ban")]
    [InlineData("Việt", "Việt")]
    [InlineData("", "")]
    public void Normalize_ProducesNfc(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
        Assert.True(TextNormalizer.IsNfc(TextNormalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("Việt Nam", true)]
    [InlineData("", true)]
    [InlineData("Vie\u0323\u0302t", false)]
    [InlineData("a\u0300", false)]
    public void IsNfc(string text, bool expected) => Assert.Equal(expected, TextNormalizer.IsNfc(text));

    [Fact]
    public void EveryC0Control_IsRemovedExceptTabLineFeedAndCarriageReturn()
    {
        for (var c = '\0'; c < ' '; c++)
        {
            var text = "a" + c + "b";
            var keep = c is '\t' or '\n' or '\r';

            Assert.Equal(keep ? text : "ab", TextNormalizer.RemoveInvalidXmlCharacters(text));
            Assert.Equal(keep, TextNormalizer.FindInvalidXmlCharacter(text) is null);
        }
    }

    [Theory]
    [InlineData("\uFFFE", "")]
    [InlineData("\uFFFF", "")]
    [InlineData("x\uD83D\uDE00y", "x\uD83D\uDE00y")]
    [InlineData("\uFFFD\uE000\uD7FF\u007F\u0085 ", "\uFFFD\uE000\uD7FF\u007F\u0085 ")]
    [InlineData("Vĩnh Phong\u0000", "Vĩnh Phong")]
    public void RemoveInvalidXmlCharacters(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.RemoveInvalidXmlCharacters(text));

    [Fact]
    public void RemoveInvalidXmlCharacters_ReturnsCleanTextUnchanged()
    {
        const string text = "Kế hoạch số 78/KH-UBND\r\n\tngày 20 tháng 3 năm 2026";

        Assert.Same(text, TextNormalizer.RemoveInvalidXmlCharacters(text));
    }

    [Theory]
    [InlineData("ab\u0007", 2, 1, 3, "Line 1, column 3: the control character U+0007 is not allowed in a document; remove it.")]
    [InlineData("x\ny\u000Bz", 3, 2, 2, "Line 2, column 2: the control character U+000B is not allowed in a document; remove it.")]
    [InlineData("a\r\nb\u0001", 4, 2, 2, "Line 2, column 2: the control character U+0001 is not allowed in a document; remove it.")]
    [InlineData("\uD83D\uDE00\uFFFF", 2, 1, 2, "Line 1, column 2: the non-character U+FFFF is not allowed in a document; remove it.")]
    public void FindInvalidXmlCharacter_ReportsTheFirstOne(string text, int index, int line, int column, string message)
    {
        var bad = TextNormalizer.FindInvalidXmlCharacter(text);

        Assert.NotNull(bad);
        Assert.Equal(index, bad.Index);
        Assert.Equal(line, bad.Line);
        Assert.Equal(column, bad.Column);
        Assert.Equal(text[index], bad.Character);
        Assert.Equal(message, bad.Message);

        var error = Assert.Throws<VietnameseFormatException>(() => TextNormalizer.EnsureValidXml(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(index, error.Position);
    }

    // Lone surrogates cannot go through attribute arguments (metadata stores them as UTF-8), so these build strings in code.
    [Fact]
    public void LoneSurrogates_AreRemoved()
    {
        Assert.Equal("ab", TextNormalizer.RemoveInvalidXmlCharacters("a" + '\uD800' + "b"));
        Assert.Equal("ab", TextNormalizer.RemoveInvalidXmlCharacters("a" + '\uDC00' + "b"));
        Assert.Equal(string.Empty, TextNormalizer.RemoveInvalidXmlCharacters(new string(['\uDC00', '\uD800'])));
        Assert.Equal("xy", TextNormalizer.RemoveInvalidXmlCharacters(new string(['x', '\uD83D', '\uD83D', 'y'])));
    }

    [Fact]
    public void LoneSurrogates_AreReportedWithPosition()
    {
        var high = TextNormalizer.FindInvalidXmlCharacter(new string(['\uD800', 'x']));
        Assert.NotNull(high);
        Assert.Equal(0, high.Index);
        Assert.Equal("Line 1, column 1: the unpaired surrogate U+D800 is not allowed in a document; remove it.", high.Message);

        var low = TextNormalizer.FindInvalidXmlCharacter(new string(['o', 'k', '\uDC00']));
        Assert.NotNull(low);
        Assert.Equal(2, low.Index);
        Assert.Equal(3, low.Column);
        Assert.Equal("Line 1, column 3: the unpaired surrogate U+DC00 is not allowed in a document; remove it.", low.Message);
    }

    [Fact]
    public void FindInvalidXmlCharacter_ReturnsNullForCleanText()
    {
        Assert.Null(TextNormalizer.FindInvalidXmlCharacter("Độc lập - Tự do - Hạnh phúc\n😀"));
        TextNormalizer.EnsureValidXml("Độc lập - Tự do - Hạnh phúc");
    }

    [Fact]
    public void Methods_RejectNull()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.IsNfc(null!));
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.RemoveInvalidXmlCharacters(null!));
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.FindInvalidXmlCharacter(null!));
    }

    [Fact]
    public void NormalizedText_KeepsItsLengthForPrecomposedInput()
    {
        var text = "Ủy ban nhân dân xã Vĩnh Phong";

        Assert.Equal(text.Length, TextNormalizer.Normalize(text.Normalize(NormalizationForm.FormD)).Length);
    }
}
