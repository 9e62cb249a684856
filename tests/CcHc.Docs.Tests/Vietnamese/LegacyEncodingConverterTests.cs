using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class LegacyEncodingConverterTests
{
    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("QuyÕt ®Þnh sè 06/Q§-TTg", "Quyết định số 06/QĐ-TTg")]
    [InlineData("n\u00ADíc, ®\u00ADîc, tr\u00ADêng", "nước, được, trường")]
    [InlineData("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ")]
    [InlineData("¨©ª«¬\u00AD®", "ăâêôơưđ")]
    [InlineData("µ¶·¸¹ »¼½¾Æ ÇÈÉÊË ÌÎÏÐÑ", "àảãáạ ằẳẵắặ ầẩẫấậ èẻẽéẹ")]
    [InlineData("ÒÓÔÕÖ ×ØÜÝÞ ßáâãä åæçèé êëìíî ïñòóô õö÷øù úûüýþ",
        "ềểễếệ ìỉĩíị òỏõóọ ồổỗốộ ờởỡớợ ùủũúụ ừửữứự ỳỷỹýỵ")]
    public void ConvertFromTcvn3_MapsEveryCode(string tcvn3, string unicode) =>
        Assert.Equal(unicode, LegacyEncodingConverter.ConvertFromTcvn3(tcvn3));

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("ñöôïc, Tröôøng, nöôùc, ngöôøi", "được, Trường, nước, người")]
    [InlineData("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN")]
    [InlineData("Keá hoaïch soá 78/KH-UBND ngaøy 20 thaùng 3 naêm 2026", "Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026")]
    [InlineData("quyeát ñònh, tæng, nghæ, nghó, lôïi ích", "quyết định, tỉng, nghỉ, nghĩ, lợi ích")]
    [InlineData("Ñaø Naüng, AÁn Ñoä, aên, aéc, aèn, aún, aüm, aëc", "Đà Nẵng, Ấn Độ, ăn, ắc, ằn, ẳn, ẵm, ặc")]
    [InlineData("eá eà eå eã eä oá oà oå oã oä", "ế ề ể ễ ệ ố ồ ổ ỗ ộ")]
    [InlineData("aù aø aû aõ aï yù ôù öï", "á à ả ã ạ ý ớ ự")]
    [InlineData("ABC 123", "ABC 123")]
    public void ConvertFromVni(string vni, string unicode)
    {
        var converted = LegacyEncodingConverter.ConvertFromVni(vni);

        Assert.Equal(unicode, converted);
        Assert.True(converted.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Convert_DispatchesOnTheEncoding()
    {
        Assert.Equal("Việt", LegacyEncodingConverter.Convert("ViÖt", LegacyEncoding.Tcvn3));
        Assert.Equal("Việt", LegacyEncodingConverter.Convert("Vieät", LegacyEncoding.Vni));
        Assert.Equal("Việt", LegacyEncodingConverter.Convert("Vie\u0323\u0302t", LegacyEncoding.None));
    }

    [Fact]
    public void DetectThenConvert_FixesTheText()
    {
        foreach (var garbled in new[] { "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam" })
        {
            var detection = LegacyEncodingDetector.Detect(garbled);
            var fixedText = LegacyEncodingConverter.Convert(garbled, detection.Encoding);

            Assert.Equal("cộng hoà xã hội chủ nghĩa việt nam", VietnameseCase.ToLower(fixedText));
            Assert.False(LegacyEncodingDetector.Detect(fixedText).IsSuspected);
        }
    }
}
