using CcHc.Docs.Tests.Examples;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class VietnameseSyllablesTests
{
    [Theory]
    // Onsets with their spelling rules: c/k/q, g/gh/gi, ng/ngh.
    [InlineData("cải")] [InlineData("kế")] [InlineData("kỹ")] [InlineData("quốc")] [InlineData("quỳnh")] [InlineData("quyết")]
    [InlineData("gửi")] [InlineData("ghi")] [InlineData("gìn")] [InlineData("giữ")] [InlineData("giếng")] [InlineData("gia")]
    [InlineData("người")] [InlineData("nghị")] [InlineData("nghiệp")] [InlineData("nhiệm")] [InlineData("trưởng")] [InlineData("đường")]
    // Medials o/u, and both tone placements of oa, oe, uy.
    [InlineData("hòa")] [InlineData("hoà")] [InlineData("khỏe")] [InlineData("khoẻ")] [InlineData("thủy")] [InlineData("thuỷ")]
    [InlineData("toán")] [InlineData("hoạch")] [InlineData("huỳnh")] [InlineData("khuyến")] [InlineData("thuở")] [InlineData("ngoài")] [InlineData("khuỷu")]
    // Stop codas with sắc and nặng, vowel-initial syllables, capitals.
    [InlineData("chức")] [InlineData("được")] [InlineData("tích")] [InlineData("ấp")] [InlineData("ủy")] [InlineData("Uỷ")] [InlineData("ý")]
    [InlineData("CẢI")] [InlineData("CÁCH")] [InlineData("Nguyễn")] [InlineData("Vĩnh")] [InlineData("của")] [InlineData("mưa")] [InlineData("hữu")]
    [InlineData("soóc")] [InlineData("boong")] [InlineData("Đắk")] [InlineData("Lắk")]
    public void Real_syllables_are_valid(string word) =>
        Assert.Equal(SyllableFault.None, VietnameseSyllables.Check(word));

    [Theory]
    [InlineData("chưc", SyllableFault.ToneOnStopCoda)]
    [InlineData("đươc", SyllableFault.ToneOnStopCoda)]
    [InlineData("thưc", SyllableFault.ToneOnStopCoda)]
    [InlineData("hiệǹ", SyllableFault.TwoTones)]
    [InlineData("tóan", SyllableFault.TonePlacement)]
    [InlineData("mưá", SyllableFault.TonePlacement)]
    [InlineData("qúa", SyllableFault.TonePlacement)]
    [InlineData("ngiệp", SyllableFault.Spelling)]
    [InlineData("kàn", SyllableFault.Spelling)]
    [InlineData("ghà", SyllableFault.Spelling)]
    [InlineData("thưong", SyllableFault.Structure)]
    [InlineData("hànhh", SyllableFault.Structure)]
    [InlineData("ưướng", SyllableFault.Structure)]
    [InlineData("fõ", SyllableFault.ForeignLetter)]
    [InlineData("ö", SyllableFault.ForeignLetter)]
    public void Typos_are_caught_with_their_fault(string word, SyllableFault fault) =>
        Assert.Equal(fault, VietnameseSyllables.Check(word));

    /// <summary>
    /// Every word with a Vietnamese letter in the three real plans is a syllable: the checker knows real text.
    /// (The seeds' own typos are whole-word confusions such as "Phần đầu", which are syllables.)
    /// </summary>
    [Theory]
    [InlineData("vinh-thong-cchc-2026.txt")]
    [InlineData("vinh-phong-par-sipas-papi-2026.txt")]
    [InlineData("vinh-phong-tuyen-truyen-cchc-2026.txt")]
    public void Every_word_of_the_real_plans_is_a_syllable(string seed)
    {
        var lines = SeedText.ReadLines(seed);
        var invalid = lines.SelectMany(VietnameseSyllables.FindInvalid).Select(f => f.Word).Distinct().ToList();

        Assert.True(lines.Count > 50, "the seed was read");
        Assert.Empty(invalid);
    }

    [Fact]
    public void FindInvalid_locates_typos_and_skips_ascii_acronyms_and_words_glued_to_digits()
    {
        const string Text = "Tổ chưc thực hiện; UBND, HĐND, PAR Index, IPv6 và Zalo; đươc giao.";

        var found = VietnameseSyllables.FindInvalid(Text).ToList();

        Assert.Equal([(3, "chưc", SyllableFault.ToneOnStopCoda), (Text.IndexOf("đươc", StringComparison.Ordinal), "đươc", SyllableFault.ToneOnStopCoda)], found);
    }
}
