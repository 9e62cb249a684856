using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class LetterheadRuleTests
{
    private static readonly CcHc.Docs.Plans.Plan Valid = Complete();

    [Fact]
    public void KH0001_symbol_must_start_with_the_kind_abbreviation()
    {
        var wrongKind = Valid with { Letterhead = Valid.Letterhead with { Symbol = "QĐ-UBND" } };
        var spaced = Valid with { Letterhead = Valid.Letterhead with { Symbol = "KH - UBND" } };

        Assert.Equal(["KH0001 letterhead.symbol"], Run("KH0001", wrongKind));
        Assert.Equal(["KH0001 letterhead.symbol"], Run("KH0001", spaced));
        Assert.Equal(["KH0001 letterhead.number"], Run("KH0001", Valid with { Letterhead = Valid.Letterhead with { Number = 0 } }));
        Assert.Empty(Run("KH0001", Valid with { Letterhead = Valid.Letterhead with { Symbol = "KH-UBND-VX" } }));
    }

    [Fact]
    public void KH0002_a_plan_without_number_or_date_is_a_draft()
    {
        var noNumber = Valid with { Letterhead = Valid.Letterhead with { Number = null } };

        Assert.Equal(["KH0002 letterhead"], Run("KH0002", noNumber));
        Assert.Equal(Severity.Warning, PlanValidator.Validate(noNumber).Diagnostics.Single(d => d.Code == "KH0002").Severity);
        Assert.Empty(Run("KH0002", Valid));
    }

    [Fact]
    public void KH0003_a_draft_needs_a_year_and_a_year_agrees_with_the_date()
    {
        var noYear = Valid with { Letterhead = Valid.Letterhead with { Date = null, Year = null } };
        var otherYear = Valid with { Letterhead = Valid.Letterhead with { Year = 2025 } };

        Assert.Equal(["KH0003 letterhead.year"], Run("KH0003", noYear));
        Assert.Equal(["KH0003 letterhead.year"], Run("KH0003", otherYear));
        Assert.Empty(Run("KH0003", Valid with { Letterhead = Valid.Letterhead with { Date = null, Year = 2026 } }));
    }

    [Fact]
    public void KH0004_place_is_present_without_a_comma()
    {
        Assert.Equal(["KH0004 letterhead.place"], Run("KH0004", Valid with { Letterhead = Valid.Letterhead with { Place = " " } }));
        Assert.Equal(["KH0004 letterhead.place"], Run("KH0004", Valid with { Letterhead = Valid.Letterhead with { Place = "Vĩnh Phong, An Giang" } }));
        Assert.Empty(Run("KH0004", Valid));
    }

    [Fact]
    public void KH0005_place_is_capitalised()
    {
        Assert.Equal(["KH0005 letterhead.place"], Run("KH0005", Valid with { Letterhead = Valid.Letterhead with { Place = "vĩnh Phong" } }));
        Assert.Equal(["KH0005 letterhead.place"], Run("KH0005", Valid with { Letterhead = Valid.Letterhead with { Place = "VĨNH PHONG" } }));
        Assert.Empty(Run("KH0005", Valid with { Letterhead = Valid.Letterhead with { Place = "Thành phố Hồ Chí Minh" } }));
    }

    [Fact]
    public void KH0006_issuer_is_present()
    {
        Assert.Equal(["KH0006 letterhead.issuer"], Run("KH0006", Valid with { Letterhead = Valid.Letterhead with { Issuer = "" } }));
        Assert.Empty(Run("KH0006", Valid));
    }
}
