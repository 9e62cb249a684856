using CcHc.Docs.Plans;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class SignatureRuleTests
{
    private static readonly Plan Valid = Complete();

    private static Plan Signed(string? position, params string[] authority) =>
        Valid with { Signature = Valid.Signature with { Position = position, Authority = new(authority.Select(AuthorityLine.Parse)) } };

    [Fact]
    public void KH0028_a_kt_line_is_followed_by_a_deputy()
    {
        Assert.Equal(["KH0028 signature.position"], Run("KH0028", Signed("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")));
        Assert.Empty(Run("KH0028", Signed("PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")));
    }

    [Fact]
    public void KH0029_a_ubnd_plan_is_signed_on_behalf_of_the_committee()
    {
        Assert.Equal(["KH0029 signature.authority"], Run("KH0029", Signed("CHỦ TỊCH")));
        Assert.Empty(Run("KH0029", Signed("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")));
        Assert.Empty(Run("KH0029", Signed("CHÁNH VĂN PHÒNG") with { Letterhead = Valid.Letterhead with { Symbol = "KH-VP" } }));
    }

    [Fact]
    public void KH0030_the_on_behalf_line_has_no_unit_word()
    {
        Assert.Equal(["KH0030 signature.authority[0]"], Run("KH0030", Signed("PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN PHƯỜNG", "KT. CHỦ TỊCH")));
        Assert.Empty(Run("KH0030", Valid));
    }

    [Fact]
    public void KH0031_the_signer_has_a_position()
    {
        Assert.Equal(["KH0031 signature.position"], Run("KH0031", Signed(null)));
        Assert.Empty(Run("KH0031", Signed(null, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")));
    }

    [Fact]
    public void KH0032_and_KH0033_the_name_is_given_in_lower_case_with_capitals()
    {
        Assert.Equal(["KH0032 signature.name"], Run("KH0032", Valid with { Signature = Valid.Signature with { Name = " " } }));
        Assert.Equal(["KH0033 signature.name"], Run("KH0033", Valid with { Signature = Valid.Signature with { Name = "NGUYỄN VĂN AN" } }));
        Assert.Empty(Run("KH0032", Valid));
        Assert.Empty(Run("KH0033", Valid));
    }

    [Fact]
    public void KH0034_the_archive_line_starts_with_vt()
    {
        Assert.Equal(["KH0034 archive"], Run("KH0034", Valid with { Archive = [] }));
        Assert.Equal(["KH0034 archive[0]"], Run("KH0034", Valid with { Archive = ["VHXH", "VT"] }));
        Assert.Empty(Run("KH0034", Valid));
    }

    [Fact]
    public void KH0035_the_archive_names_a_unit_not_a_person()
    {
        Assert.Equal(["KH0035 archive[1]"], Run("KH0035", Valid with { Archive = ["VT", "ttcloan"] }));
        Assert.Empty(Run("KH0035", Valid with { Archive = ["VT", "VHXH", "02b"] }));
    }

    [Fact]
    public void KH0036_no_full_stop_after_pct_before_the_body()
    {
        Assert.Equal(["KH0036 recipients[1]"], Run("KH0036", Valid with { Recipients = ["Sở Nội vụ", "CT và các PCT. UBND xã"] }));
        Assert.Empty(Run("KH0036", Valid with { Recipients = ["TT. HĐND phường", "TT. Đảng ủy phường", "CT và các PCT UBND xã"] }));
    }
}
