using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class VietnameseLettersTests
{
    [Theory]
    [InlineData(1, "a")]
    [InlineData(2, "b")]
    [InlineData(3, "c")]
    [InlineData(4, "d")]
    [InlineData(5, "đ")]
    [InlineData(6, "e")]
    [InlineData(7, "g")]
    [InlineData(8, "h")]
    [InlineData(9, "i")]
    [InlineData(10, "k")]
    [InlineData(11, "l")]
    [InlineData(12, "m")]
    [InlineData(13, "n")]
    [InlineData(14, "o")]
    [InlineData(15, "p")]
    [InlineData(16, "q")]
    [InlineData(17, "r")]
    [InlineData(18, "s")]
    [InlineData(19, "t")]
    [InlineData(20, "u")]
    [InlineData(21, "v")]
    [InlineData(22, "x")]
    [InlineData(23, "y")]
    [InlineData(24, "aa")]
    [InlineData(25, "bb")]
    [InlineData(28, "đđ")]
    [InlineData(46, "yy")]
    [InlineData(47, "aaa")]
    [InlineData(69, "yyy")]
    [InlineData(70, "aaaa")]
    public void Label_AndIndexOf_AreInverse(int index, string label)
    {
        Assert.Equal(label, VietnameseLetters.Label(index));
        Assert.Equal(label + ")", VietnameseLetters.Marker(index));
        Assert.Equal(index, VietnameseLetters.IndexOf(label));
        Assert.Equal(index, VietnameseLetters.IndexOf(label + ")"));
        Assert.Equal(index, VietnameseLetters.IndexOf(VietnameseCase.ToUpper(label)));
    }

    [Fact]
    public void Alphabet_IsTheTwentyThreeLettersWithoutFJWZ()
    {
        Assert.Equal("a b c d đ e g h i k l m n o p q r s t u v x y", string.Join(' ', VietnameseLetters.Alphabet));
        Assert.DoesNotContain("f", VietnameseLetters.Alphabet);
        Assert.DoesNotContain("j", VietnameseLetters.Alphabet);
        Assert.DoesNotContain("w", VietnameseLetters.Alphabet);
        Assert.DoesNotContain("z", VietnameseLetters.Alphabet);
    }

    [Fact]
    public void FirstThousandLabels_AreDistinctAndRoundTrip()
    {
        var labels = Enumerable.Range(1, 1000).Select(VietnameseLetters.Label).ToList();

        Assert.Equal(1000, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 1000), labels.Select(VietnameseLetters.IndexOf));
    }

    [Theory]
    [InlineData("", 0, "The điểm label is empty; use a letter such as \"a\" or \"đ\".")]
    [InlineData(")", 0, "The điểm label is empty; use a letter such as \"a\" or \"đ\".")]
    [InlineData("f", 0, "\"f\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("j", 0, "\"j\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("w", 0, "\"w\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("Z", 0, "\"Z\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("ă", 0, "\"ă\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("1", 0, "\"1\" is not a điểm letter; use a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).")]
    [InlineData("ab", 1, "\"ab\" is not a điểm label; after \"y\" the letters repeat (\"aa\", \"bb\", \"đđ\").")]
    [InlineData("a1", 1, "\"a1\" is not a điểm label; after \"y\" the letters repeat (\"aa\", \"bb\", \"đđ\").")]
    [InlineData("aa)b", 2, "\"aa)b\" is not a điểm label; after \"y\" the letters repeat (\"aa\", \"bb\", \"đđ\").")]
    public void IndexOf_RejectsWithExactMessage(string label, int position, string message)
    {
        var error = Assert.Throws<VietnameseFormatException>(() => VietnameseLetters.IndexOf(label));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.False(VietnameseLetters.TryIndexOf(label, out _));
    }

    [Fact]
    public void TryIndexOf_ReadsValidLabels()
    {
        Assert.True(VietnameseLetters.TryIndexOf("đ)", out var index));
        Assert.Equal(5, index);
        Assert.False(VietnameseLetters.TryIndexOf(null, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Label_RejectsIndexBelowOne(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLetters.Label(index));
}
