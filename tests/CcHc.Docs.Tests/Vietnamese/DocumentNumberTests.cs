using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData(1, "01/KH-UBND")]
    [InlineData(2, "02/KH-UBND")]
    [InlineData(3, "03/KH-UBND")]
    [InlineData(4, "04/KH-UBND")]
    [InlineData(5, "05/KH-UBND")]
    [InlineData(6, "06/KH-UBND")]
    [InlineData(7, "07/KH-UBND")]
    [InlineData(8, "08/KH-UBND")]
    [InlineData(9, "09/KH-UBND")]
    [InlineData(10, "10/KH-UBND")]
    [InlineData(78, "78/KH-UBND")]
    [InlineData(100, "100/KH-UBND")]
    [InlineData(2351, "2351/KH-UBND")]
    public void Of_PadsNumbersBelowTen(int number, string expected)
    {
        var documentNumber = DocumentNumber.Of(number, "KH", "UBND");

        Assert.Equal(expected, documentNumber.ToString());
        Assert.Equal("Số: " + expected, documentNumber.ToNumberLine());
        Assert.Equal(documentNumber, DocumentNumber.Parse(expected));
    }

    [Fact]
    public void Of_WithYear_WritesLegalNormativeForm()
    {
        var number = DocumentNumber.Of(118, "NĐ", "CP", 2025);

        Assert.Equal("118/2025/NĐ-CP", number.ToString());
        Assert.Equal("NĐ-CP", number.Symbol);
        Assert.Equal("CP", number.Issuer);
        Assert.Equal(2025, number.Year);
    }

    [Fact]
    public void ForCongVan_HasNoKind()
    {
        var number = DocumentNumber.ForCongVan(12, "UBND", "VX");

        Assert.Equal("12/UBND-VX", number.ToString());
        Assert.Equal("Số: 12/UBND-VX", number.ToNumberLine());
        Assert.Null(number.Kind);
        Assert.Equal("VX", number.Unit);
    }

    [Fact]
    public void ForParty_UsesHyphenAfterTheNumber()
    {
        Assert.Equal("57-NQ/TW", DocumentNumber.ForParty(57, "NQ", "TW").ToString());
        Assert.Equal("02-CTr/TU", DocumentNumber.ForParty(2, "CTr", "TU").ToString());
        Assert.Equal("Số 57-NQ/TW", DocumentNumber.ForParty(57, "NQ", "TW").ToNumberLine());
        Assert.Equal("NQ/TW", DocumentNumber.ForParty(57, "NQ", "TW").Symbol);
    }

    [Fact]
    public void Draft_LeavesFiveSpacesForTheNumber()
    {
        var draft = DocumentNumber.Of(null, "KH", "UBND");

        Assert.True(draft.IsDraft);
        Assert.Equal("Số:      /KH-UBND", draft.ToNumberLine());
        Assert.Equal("     /KH-UBND", draft.ToString());
        Assert.Equal(5, DocumentNumber.DraftBlank.Length);
        Assert.Equal("Số: 78/KH-UBND", draft.WithNumber(78).ToNumberLine());
        Assert.Equal(draft, DocumentNumber.Parse(draft.ToNumberLine()));
    }

    [Theory]
    [InlineData("78/KH-UBND", "78/KH-UBND", 78, null, "KH", "UBND", null, false)]
    [InlineData("05/KH-UBND", "05/KH-UBND", 5, null, "KH", "UBND", null, false)]
    [InlineData("5/KH-UBND", "05/KH-UBND", 5, null, "KH", "UBND", null, false)]
    [InlineData("118/2025/NĐ-CP", "118/2025/NĐ-CP", 118, 2025, "NĐ", "CP", null, false)]
    [InlineData("57-NQ/TW", "57-NQ/TW", 57, null, "NQ", "TW", null, true)]
    [InlineData("24-KH/ĐU", "24-KH/ĐU", 24, null, "KH", "ĐU", null, true)]
    [InlineData("2-CTr/TU", "02-CTr/TU", 2, null, "CTr", "TU", null, true)]
    [InlineData("12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND", "VX", false)]
    [InlineData("06/QĐ-TTg", "06/QĐ-TTg", 6, null, "QĐ", "TTg", null, false)]
    [InlineData("05/2015/TTLT-BTP-BCA-BYT", "05/2015/TTLT-BTP-BCA-BYT", 5, 2015, "TTLT", "BTP-BCA-BYT", null, false)]
    [InlineData("56/2022/TT-BTC", "56/2022/TT-BTC", 56, 2022, "TT", "BTC", null, false)]
    [InlineData("20/2023/QH15", "20/2023/QH15", 20, 2023, null, "QH15", null, false)]
    [InlineData("2351/QĐ-UBND", "2351/QĐ-UBND", 2351, null, "QĐ", "UBND", null, false)]
    [InlineData("Số: 78/KH-UBND", "78/KH-UBND", 78, null, "KH", "UBND", null, false)]
    [InlineData("  78/KH-UBND  ", "78/KH-UBND", 78, null, "KH", "UBND", null, false)]
    [InlineData("Số:      /KH-UBND", "     /KH-UBND", null, null, "KH", "UBND", null, false)]
    [InlineData("Số: /KH-UBND", "     /KH-UBND", null, null, "KH", "UBND", null, false)]
    [InlineData("/KH-UBND", "     /KH-UBND", null, null, "KH", "UBND", null, false)]
    [InlineData("-NQ/TW", "     -NQ/TW", null, null, "NQ", "TW", null, true)]
    public void Parse_ReadsEveryForm(
        string text, string formatted, int? number, int? year, string? kind, string issuer, string? unit, bool isParty)
    {
        var parsed = DocumentNumber.Parse(text);

        Assert.Equal(formatted, parsed.ToString());
        Assert.Equal(number, parsed.Number);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(issuer, parsed.Issuer);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(isParty, parsed.IsParty);
        Assert.Equal(number is null, parsed.IsDraft);
    }

    public static TheoryData<string> Abbreviations() => new(DocumentKinds.All.Select(k => k.Abbreviation));

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void EveryKindAbbreviation_RoundTrips(string abbreviation)
    {
        foreach (var number in new[] { DocumentNumber.Of(7, abbreviation, "UBND"), DocumentNumber.Of(118, abbreviation, "CP", 2025) })
        {
            var parsed = DocumentNumber.Parse(number.ToString());
            Assert.Equal(number, parsed);
            Assert.Equal(abbreviation, parsed.Kind);
        }
    }

    [Theory]
    [InlineData("", 0, "The document number is empty; write it as \"78/KH-UBND\".")]
    [InlineData("Số:", 3, "The document number is empty; write it as \"78/KH-UBND\".")]
    [InlineData("118/2025-NĐ-CP", 8, "The year \"2025\" must be followed by \"/\", not \"-\": write \"118/2025/NĐ-CP\".")]
    [InlineData("78 /KH-UBND", 2, "Remove the space between the number \"78\" and \"/\"; a số/ký hiệu is written without spaces.")]
    [InlineData("78/KH - UBND", 5, "Remove the space in the ký hiệu \"KH - UBND\"; a ký hiệu is written without spaces.")]
    [InlineData("0/KH-UBND", 0, "The number \"0\" must be 1 or more (the first document of a year is 01).")]
    [InlineData("00/KH-UBND", 0, "The number \"00\" must be 1 or more (the first document of a year is 01).")]
    [InlineData("78", 2, "The number \"78\" must be followed by \"/\" and the ký hiệu, e.g. \"78/KH-UBND\".")]
    [InlineData("78/", 3, "The ký hiệu is missing, e.g. \"KH-UBND\" in \"78/KH-UBND\".")]
    [InlineData("78/KH", 5, "The ký hiệu \"KH\" names the kind but not the issuer; write e.g. \"KH-UBND\".")]
    [InlineData("78/KH-", 6, "The ký hiệu \"KH-\" has an empty part; check the hyphens.")]
    [InlineData("78/KH--UBND", 6, "The ký hiệu \"KH--UBND\" has an empty part; check the hyphens.")]
    [InlineData("78/kh-ubnd", 3, "The part \"kh\" of the ký hiệu must start with a capital letter.")]
    [InlineData("78/KH-UBND/VX", 10, "Unexpected \"/\" in the ký hiệu \"KH-UBND/VX\".")]
    [InlineData("78/KH-UBND,", 10, "Unexpected \",\" in the ký hiệu \"KH-UBND,\".")]
    [InlineData("KH-UBND", 0, "Expected the number (or a blank, in a draft) before \"/\", found \"K\".")]
    [InlineData("78a/KH-UBND", 2, "Expected \"/\" after the number \"78\", found \"a\".")]
    [InlineData("118/25/NĐ-CP", 4, "The year \"25\" in a document number must have four digits, as in \"118/2025/NĐ-CP\".")]
    [InlineData("118/2025", 8, "The year \"2025\" must be followed by \"/\" and the ký hiệu, as in \"118/2025/NĐ-CP\".")]
    [InlineData("57-NQ", 5, "A party document number needs \"/\" and the issuing body after the kind, as in \"57-NQ/TW\".")]
    [InlineData("57-NQ/", 6, "The issuing body after \"/\" is missing, as in \"57-NQ/TW\".")]
    [InlineData("57-/TW", 3, "The kind is missing between \"-\" and \"/\", as in \"57-NQ/TW\".")]
    [InlineData("57-NQ-TW/X", 3, "The kind \"NQ-TW\" of a party document is a single abbreviation, as in \"57-NQ/TW\".")]
    [InlineData("57-NQ/T W", 7, "Remove the space in the ký hiệu \"T W\"; a ký hiệu is written without spaces.")]
    [InlineData("1234567890/KH-UBND", 0, "The number \"1234567890\" is too long.")]
    public void TryParse_ExplainsWhatIsWrong(string text, int position, string message)
    {
        var result = DocumentNumber.TryParse(text);

        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(message, result.Error);
        Assert.Equal(position, result.Position);

        var error = Assert.Throws<VietnameseFormatException>(() => DocumentNumber.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void TryParse_Null_IsAFailureNotAnException()
    {
        var result = DocumentNumber.TryParse(null);

        Assert.False(result.Success);
        Assert.Equal("The document number is missing.", result.Error);
    }

    [Fact]
    public void TryParse_Success_HasNoError()
    {
        var result = DocumentNumber.TryParse("78/KH-UBND");

        Assert.True(result.Success);
        Assert.Null(result.Error);
        Assert.Equal(DocumentNumber.Of(78, "KH", "UBND"), result.Value);
    }

    [Fact]
    public void Factories_RejectBadParts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Of(0, "KH", "UBND"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Of(1, "KH", "UBND", 25));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Of(1, "KH", "UBND").WithNumber(-1));
        Assert.Throws<ArgumentNullException>(() => DocumentNumber.Of(1, "KH", null!));

        var lower = Assert.Throws<ArgumentException>(() => DocumentNumber.Of(1, "kh", "UBND"));
        Assert.StartsWith("The part \"kh\" of the ký hiệu must start with a capital letter.", lower.Message);
        var space = Assert.Throws<ArgumentException>(() => DocumentNumber.ForCongVan(1, "UBND", "V X"));
        Assert.StartsWith("Remove the space in the ký hiệu \"V X\"", space.Message);
        Assert.Throws<ArgumentException>(() => DocumentNumber.ForParty(1, "", "TW"));
    }
}
