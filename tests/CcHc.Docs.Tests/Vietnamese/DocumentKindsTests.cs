using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public sealed class DocumentKindsTests
{
    public static TheoryData<string, string, DocumentKindCategory> Table => new()
    {
        { "Nghị quyết", "NQ", DocumentKindCategory.Administrative },
        { "Quyết định", "QĐ", DocumentKindCategory.Administrative },
        { "Chỉ thị", "CT", DocumentKindCategory.Administrative },
        { "Quy chế", "QC", DocumentKindCategory.Administrative },
        { "Quy định", "QyĐ", DocumentKindCategory.Administrative },
        { "Thông cáo", "TC", DocumentKindCategory.Administrative },
        { "Thông báo", "TB", DocumentKindCategory.Administrative },
        { "Hướng dẫn", "HD", DocumentKindCategory.Administrative },
        { "Chương trình", "CTr", DocumentKindCategory.Administrative },
        { "Kế hoạch", "KH", DocumentKindCategory.Administrative },
        { "Phương án", "PA", DocumentKindCategory.Administrative },
        { "Đề án", "ĐA", DocumentKindCategory.Administrative },
        { "Dự án", "DA", DocumentKindCategory.Administrative },
        { "Báo cáo", "BC", DocumentKindCategory.Administrative },
        { "Biên bản", "BB", DocumentKindCategory.Administrative },
        { "Tờ trình", "TTr", DocumentKindCategory.Administrative },
        { "Hợp đồng", "HĐ", DocumentKindCategory.Administrative },
        { "Công điện", "CĐ", DocumentKindCategory.Administrative },
        { "Bản ghi nhớ", "BGN", DocumentKindCategory.Administrative },
        { "Bản thỏa thuận", "BTT", DocumentKindCategory.Administrative },
        { "Giấy ủy quyền", "GUQ", DocumentKindCategory.Administrative },
        { "Giấy mời", "GM", DocumentKindCategory.Administrative },
        { "Giấy giới thiệu", "GGT", DocumentKindCategory.Administrative },
        { "Giấy nghỉ phép", "GNP", DocumentKindCategory.Administrative },
        { "Phiếu gửi", "PG", DocumentKindCategory.Administrative },
        { "Phiếu chuyển", "PC", DocumentKindCategory.Administrative },
        { "Phiếu báo", "PB", DocumentKindCategory.Administrative },
        { "Bản sao y", "SY", DocumentKindCategory.Copy },
        { "Bản trích sao", "TrS", DocumentKindCategory.Copy },
        { "Bản sao lục", "SL", DocumentKindCategory.Copy },
        { "Nghị định", "NĐ", DocumentKindCategory.LegalNormative },
        { "Thông tư", "TT", DocumentKindCategory.LegalNormative },
        { "Thông tư liên tịch", "TTLT", DocumentKindCategory.LegalNormative },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EveryRow_RoundTripsBetweenNameAndAbbreviation(string name, string abbreviation, DocumentKindCategory category)
    {
        var byName = DocumentKinds.FindByName(name);
        var byAbbreviation = DocumentKinds.FindByAbbreviation(abbreviation);

        Assert.NotNull(byName);
        Assert.Same(byName, byAbbreviation);
        Assert.Equal(name, byName.Name);
        Assert.Equal(abbreviation, byName.Abbreviation);
        Assert.Equal(category, byName.Category);
        Assert.Equal(abbreviation, DocumentKinds.GetAbbreviation(name));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void EveryRow_IsFoundInUpperLowerAndDecomposedForms(string name, string abbreviation, DocumentKindCategory category)
    {
        _ = category;
        Assert.Equal(abbreviation, DocumentKinds.FindByName(VietnameseCase.ToUpper(name))?.Abbreviation);
        Assert.Equal(abbreviation, DocumentKinds.FindByName(VietnameseCase.ToLower(name))?.Abbreviation);
        Assert.Equal(abbreviation, DocumentKinds.FindByName(name.Normalize(NormalizationForm.FormD))?.Abbreviation);
        Assert.Equal(abbreviation, DocumentKinds.FindByName("  " + name.Replace(" ", "   ", StringComparison.Ordinal) + " ")?.Abbreviation);
    }

    [Fact]
    public void All_HasTheWholeTableOnce()
    {
        Assert.Equal(Table.Count, DocumentKinds.All.Count);
        Assert.Equal(DocumentKinds.All.Count, DocumentKinds.All.Select(k => k.Abbreviation).Distinct().Count());
        Assert.Equal(DocumentKinds.All.Count, DocumentKinds.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(27, DocumentKinds.All.Count(k => k.Category == DocumentKindCategory.Administrative));
        Assert.Equal(3, DocumentKinds.All.Count(k => k.Category == DocumentKindCategory.Copy));
        Assert.All(DocumentKinds.All, k => Assert.True(k.Name.IsNormalized(NormalizationForm.FormC)));
    }

    [Theory]
    [InlineData("Bản thoả thuận", "BTT")]
    [InlineData("Giấy uỷ quyền", "GUQ")]
    [InlineData("GIẤY UỶ QUYỀN", "GUQ")]
    [InlineData("giấy ủy quyền", "GUQ")]
    [InlineData("BẢN THỎA THUẬN", "BTT")]
    [InlineData("  kế   hoạch ", "KH")]
    public void FindByName_AcceptsBothTonePlacementsAndExtraSpaces(string name, string abbreviation) =>
        Assert.Equal(abbreviation, DocumentKinds.FindByName(name)?.Abbreviation);

    [Theory]
    [InlineData("Công văn")]
    [InlineData("Kế hoach")]
    [InlineData("Ke hoach")]
    [InlineData("KH")]
    [InlineData("")]
    [InlineData(null)]
    public void FindByName_ReturnsNullForUnknownNames(string? name) =>
        Assert.Null(DocumentKinds.FindByName(name));

    [Theory]
    [InlineData("kh")]
    [InlineData("QYĐ")]
    [InlineData("Ctr")]
    [InlineData("QD")]
    [InlineData("")]
    [InlineData(null)]
    public void FindByAbbreviation_IsExact(string? abbreviation) =>
        Assert.Null(DocumentKinds.FindByAbbreviation(abbreviation));

    [Fact]
    public void GetAbbreviation_ExplainsUnknownKinds()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentKinds.GetAbbreviation("Công văn"));

        Assert.StartsWith(
            "\"Công văn\" is not a document kind of NĐ30 Phụ lục III (e.g. \"Kế hoạch\", \"Quyết định\"); công văn has no abbreviation.",
            error.Message);
    }

    [Fact]
    public void Kind_HasUpperCaseTitleAndReadableText()
    {
        var kind = DocumentKinds.FindByName("Kế hoạch")!;

        Assert.Equal("KẾ HOẠCH", kind.Title);
        Assert.Equal("Kế hoạch (KH)", kind.ToString());
        Assert.Equal("QUY ĐỊNH", DocumentKinds.FindByAbbreviation("QyĐ")!.Title);
    }
}
