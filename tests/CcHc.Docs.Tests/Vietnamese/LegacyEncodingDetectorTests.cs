using System.Runtime.CompilerServices;
using CcHc.Docs.Vietnamese;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class LegacyEncodingDetectorTests
{
    [Theory]
    [InlineData("vinh-phong-par-sipas-papi-2026.txt")]
    [InlineData("vinh-phong-tuyen-truyen-cchc-2026.txt")]
    [InlineData("vinh-thong-cchc-2026.txt")]
    public void RealUnicodePlans_AreNotSuspected(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, fileName));
        Assert.True(text.Length > 5000, "the seed should be a whole plan");

        var detection = LegacyEncodingDetector.Detect(text);

        Assert.False(detection.IsSuspected, detection.Message);
        Assert.Equal(LegacyEncoding.None, detection.Encoding);
    }

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")]
    [InlineData("Ủy ban nhân dân xã Vĩnh Phong; Uỷ ban; hoà, thuỷ, khoẻ, hóa, thủy, khỏe, quý, quá, quân, tuần, xuân")]
    [InlineData("người, được, trường, nước, muốn, luôn, chuông, tiên, yêu, khuya, soóc, boong, xoăn, hoặc, loã")]
    [InlineData("Diện tích 25 m², nhiệt độ 30 °C, tỷ lệ 95,5%, 3×4 m, ½ kinh phí")]
    public void UnicodeVietnamese_IsNotSuspected(string text) =>
        Assert.Equal(LegacyEncoding.None, LegacyEncodingDetector.Detect(text).Encoding);

    [Fact]
    public void EveryVietnameseLetterNextToConsonants_IsNotSuspected()
    {
        const string letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        foreach (var letter in letters)
        {
            var upper = VietnameseCase.ToUpper(letter.ToString());
            foreach (var text in new[]
            {
                $"{letter}", $"t{letter}", $"{letter}n", $"nh{letter}ng", $"qu{letter}", $"gi{letter}", $"T{letter}n",
                upper, $"T{upper}", $"{upper}N", $"NH{upper}NG", $"QU{upper}", $"GI{upper}",
            })
            {
                Assert.True(LegacyEncodingDetector.Detect(text).Encoding == LegacyEncoding.None, text);
            }
        }
    }

    [Theory]
    [InlineData("Où est l'aéroport ? Le naïf Noël mange du maïs et une crème brûlée, déjà vu. Où. D'où viens-tu ?")]
    [InlineData("L'héroïque Zoë lit « Le Monde » et «Libération» à Montréal. Ça coûte 5 € ou 3 £ en août; le goût, la voûte.")]
    [InlineData("© 2026 Société Générale® — § 3, ½ tasse, 5 µm; Citroën, Israël, Haïti, façade, élèves, l'été, château, âge.")]
    [InlineData("The naïve café owner's résumé: coöperate, façade, 5 µg, Windows®, Microsoft© 2026, ¶ 4, 3×4, 1½, infor\u00ADmation.")]
    [InlineData("Größe, Straße, Köln, Müller, Übung, Äpfel, schön, heißen, Fußball, Bär, Öl, über, Käse, Löwe, Mädchen.")]
    [InlineData("¿Qué tal? ¡Hola! España, mañana, señor, año, niño, aún, baúl, Raúl, país, Perú, acción.")]
    [InlineData("Più giù, può darsi; perché è così.")]
    [InlineData("")]
    public void EuropeanText_IsNotSuspected(string text)
    {
        var detection = LegacyEncodingDetector.Detect(text);

        Assert.Equal(LegacyEncoding.None, detection.Encoding);
        Assert.Equal(-1, detection.Index);
        Assert.Equal(string.Empty, detection.Message);
        Assert.Equal(0, detection.EvidenceCount);
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", 7, "hoµ", 4)]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", 0, "§éc", 3)]
    [InlineData("ñy ban nh©n d©n x· VÜnh Phong", 9, "nh©n", 3)]
    [InlineData("KÕ ho¹ch", 5, "ho¹ch", 1)]
    [InlineData("Ngµy 20 th¸ng 3 n¨m 2026", 2, "Ngµy", 3)]
    [InlineData("QuyÕt ®Þnh sè 06", 3, "QuyÕt", 3)]
    [InlineData("Tr\u00ADêng tiÓu häc", 2, "Tr\u00ADêng", 2)]
    public void Tcvn3_IsDetected(string text, int index, string word, int evidence)
    {
        var detection = LegacyEncodingDetector.Detect(text);

        Assert.Equal(LegacyEncoding.Tcvn3, detection.Encoding);
        Assert.True(detection.IsSuspected);
        Assert.Equal(index, detection.Index);
        Assert.Equal(word, detection.Word);
        Assert.Equal(evidence, detection.EvidenceCount);
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", 2, "Coäng", 6)]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", 0, "Ñoäc", 5)]
    [InlineData("UÛY BAN NHAÂN DAÂN", 1, "UÛY", 3)]
    [InlineData("Keá hoaïch soá 78", 2, "Keá", 1)]
    [InlineData("ñöôïc", 0, "ñöôïc", 3)]
    public void Vni_IsDetected(string text, int index, string word, int evidence)
    {
        var detection = LegacyEncodingDetector.Detect(text);

        Assert.Equal(LegacyEncoding.Vni, detection.Encoding);
        Assert.Equal(index, detection.Index);
        Assert.Equal(word, detection.Word);
        Assert.Equal(evidence, detection.EvidenceCount);
    }

    [Fact]
    public void Detection_SaysWhereAndWhatToDo()
    {
        const string text = "Dòng một\nDòng hai ViÖt Nam";

        var detection = LegacyEncodingDetector.Detect(text);

        Assert.Equal(text.IndexOf('Ö', StringComparison.Ordinal), detection.Index);
        Assert.Equal(2, detection.Line);
        Assert.Equal(12, detection.Column);
        Assert.Equal(
            "Line 2, column 12: \"ViÖt\" looks like text typed in the old TCVN3 (ABC, .Vn fonts) encoding; "
            + "convert it to Unicode (e.g. with Unikey's converter) and paste it again.",
            detection.Message);
    }

    [Fact]
    public void VniDetection_SaysWhereAndWhatToDo()
    {
        var detection = LegacyEncodingDetector.Detect("Kính gửi:\n  Vieät Nam");

        Assert.Equal(
            "Line 2, column 6: \"Vieät\" looks like text typed in the old VNI encoding (VNI- fonts); "
            + "convert it to Unicode (e.g. with Unikey's converter) and paste it again.",
            detection.Message);
    }

    [Fact]
    public void UnicodeTextWithOneTcvn3Paste_IsFound()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "vinh-thong-cchc-2026.txt")) + "\nGhi chó: c¸c c¬ quan";

        var detection = LegacyEncodingDetector.Detect(text);

        Assert.Equal(LegacyEncoding.Tcvn3, detection.Encoding);
        Assert.Equal("c¸c", detection.Word);
    }

}
