using System.Globalization;
using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class VietnameseCaseTests
{
    // Every vowel with every tone, in both cases, plus đ.
    private const string Lower = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
    private const string Upper = "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ";

    [Fact]
    public void EveryVietnameseLetter_ChangesCaseBothWays()
    {
        Assert.Equal(Upper, VietnameseCase.ToUpper(Lower));
        Assert.Equal(Lower, VietnameseCase.ToLower(Upper));
        Assert.Equal(Upper, VietnameseCase.ToUpper(Lower.Normalize(NormalizationForm.FormD)));
        Assert.Equal(Lower, VietnameseCase.ToLower(Upper.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Ủy ban nhân dân xã Vĩnh Phong", "ỦY BAN NHÂN DÂN XÃ VĨNH PHONG")]
    [InlineData("Uỷ ban nhân dân phường Vĩnh Thông", "UỶ BAN NHÂN DÂN PHƯỜNG VĨNH THÔNG")]
    [InlineData("cộng hòa xã hội chủ nghĩa việt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Kế hoạch", "KẾ HOẠCH")]
    [InlineData("đ", "Đ")]
    [InlineData("TM. Ủy ban nhân dân", "TM. ỦY BAN NHÂN DÂN")]
    [InlineData("", "")]
    public void ToUpper(string text, string expected)
    {
        var upper = VietnameseCase.ToUpper(text);

        Assert.Equal(expected, upper);
        Assert.True(upper.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN", "ủy ban nhân dân")]
    [InlineData("ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "độc lập - tự do - hạnh phúc")]
    [InlineData("Đ", "đ")]
    public void ToLower(string text, string expected) => Assert.Equal(expected, VietnameseCase.ToLower(text));

    [Fact]
    public void ToUpper_ReturnsNfcForDecomposedInput()
    {
        var upper = VietnameseCase.ToUpper("u\u0309y ban");

        Assert.Equal("ỦY BAN", upper);
        Assert.Equal(6, upper.Length);
    }

    [Fact]
    public void CaseChanges_IgnoreTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("CHỈ THỊ", VietnameseCase.ToUpper("chỉ thị"));
            Assert.Equal("chỉ thị", VietnameseCase.ToLower("CHỈ THỊ"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("phấn đấu đạt", "Phấn đấu đạt")]
    [InlineData("“trách nhiệm giải trình”", "“Trách nhiệm giải trình”")]
    [InlineData("- đẩy mạnh", "- Đẩy mạnh")]
    [InlineData("ủy ban", "Ủy ban")]
    [InlineData("Kế hoạch", "Kế hoạch")]
    [InlineData("đ", "Đ")]
    [InlineData("123", "123")]
    [InlineData("", "")]
    [InlineData("bảy mươi tám tỷ PAR Index", "Bảy mươi tám tỷ PAR Index")]
    public void CapitalizeFirst_ChangesOnlyTheFirstLetter(string text, string expected) =>
        Assert.Equal(expected, VietnameseCase.CapitalizeFirst(text));

    [Theory]
    [InlineData("NGUYỄN VĂN AN", "Nguyễn Văn An")]
    [InlineData("trần thị   bích", "Trần Thị   Bích")]
    [InlineData("đỗ ĐỨC ĐẠT", "Đỗ Đức Đạt")]
    [InlineData("", "")]
    public void ToTitleCase_CapitalizesEachWord(string text, string expected) =>
        Assert.Equal(expected, VietnameseCase.ToTitleCase(text));
}
