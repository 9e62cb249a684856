using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

public sealed class SourceMapTests
{
    private static readonly PlanSourceMap Map = PlanReader.ReadYamlDocument(SamplePlans.SmallYaml, "ke-hoach.yaml").SourceMap;

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("letterhead", 2, 3)]
    [InlineData("letterhead.date", 5, 9)]
    [InlineData("bases[0]", 9, 5)]
    [InlineData("bases[0].number", 10, 13)]
    [InlineData("sections[0].content[0].section", 17, 11)]
    [InlineData("sections[0].content[0].section.title", 17, 18)]
    [InlineData("sections[0].content[0].section.content[0].bullet", 19, 23)]
    [InlineData("sections[1].content[0].section.unit", 23, 17)]
    [InlineData("closing", 26, 10)]
    [InlineData("recipients[1]", 29, 5)]
    [InlineData("signature.authority[0]", 35, 7)]
    [InlineData("signature.name", 37, 9)]
    public void Paths_MapToTheirValues(string path, int line, int column)
    {
        Assert.True(Map.TryGetLocation(path, out var location), path);
        Assert.Equal(new SourceLocation("ke-hoach.yaml", line, column), location);
    }

    [Theory]
    [InlineData("closing.text", 26, 10)]
    [InlineData("letterhead.symbol", 2, 3)]
    [InlineData("sections[0].title", 14, 5)]
    [InlineData("sections[0].content[0].section.content[0].bullet.extra", 19, 23)]
    [InlineData("appendices[0].tables[0]", 1, 1)]
    public void MissingPaths_FallBackToTheNearestEnclosingValue(string path, int line, int column)
    {
        Assert.False(Map.TryGetLocation(path, out _));
        Assert.Equal(new SourceLocation("ke-hoach.yaml", line, column), Map.Locate(path));
    }

    [Fact]
    public void JsonPositions_AreCharacterColumns()
    {
        var json = "{\"letterhead\": {\"issuer\": \"Ủy ban\", \"place\": \"Vĩnh Phong\"}, \"title\": {\"summary\": \"S\"}, \"signature\": {\"name\": \"N\"}}";
        var map = PlanReader.ReadJsonDocument(json).SourceMap;
        // "Ủy ban" and "Vĩnh" hold characters of two and three UTF-8 bytes; columns count characters.
        Assert.Equal(new SourceLocation(null, 1, 46), map.Locate("letterhead.place"));
        Assert.Equal(new SourceLocation(null, 1, 16), map.Locate("letterhead"));
    }

    [Fact]
    public void ExtraKeys_UseBracketsWhenNotPlain()
    {
        var plan = SamplePlans.Full;
        var document = PlanReader.ReadYamlDocument(PlanWriter.WriteYaml(plan));
        Assert.Contains("sections[0].content[0].section.content[3].task.extra.ghi_chu", document.SourceMap.Paths);
        Assert.Contains("sections[0].content[0].section.content[3].task.extra[\"Kinh phí\"]", document.SourceMap.Paths);
        Assert.Contains("appendices[0].tables[0].groups[0].tasks[0].lead", document.SourceMap.Paths);
    }

    [Theory]
    [InlineData("sections[2].content[0].section.title", "sections[2].content[0].section")]
    [InlineData("sections[2].content[0]", "sections[2].content")]
    [InlineData("sections[2]", "sections")]
    [InlineData("sections", "")]
    [InlineData("a.extra[\"Ghi chú [1].x\"]", "a.extra")]
    [InlineData("a.extra[\"q\\\"]\"].b", "a.extra[\"q\\\"]\"]")]
    public void Parent_StripsTheLastSegment(string path, string parent)
    {
        Assert.Equal(parent, PlanPath.Parent(path));
    }

    [Fact]
    public void Parent_OfTheRoot_IsNull()
    {
        Assert.Null(PlanPath.Parent(PlanPath.Root));
    }

    [Fact]
    public void ChildAndItem_BuildPaths()
    {
        Assert.Equal("letterhead", PlanPath.Child(PlanPath.Root, "letterhead"));
        Assert.Equal("sections[2].content", PlanPath.Child(PlanPath.Item("sections", 2), "content"));
        Assert.Equal("extra[\"Ghi chú\"]", PlanPath.Child("extra", "Ghi chú")[5..] is var tail ? "extra" + tail : "");
        Assert.Equal("t.extra[\"a\\\"b\"]", PlanPath.Child("t.extra", "a\"b"));
    }

    [Fact]
    public void A_custom_key_is_quoted_as_a_json_string_that_keeps_vietnamese_letters()
    {
        // JSON's escapes for the quote, the backslash and control characters; letters, brackets and dots as they are.
        Assert.Equal("x[\"a\\\\b\\n\\t\\u0001 [1].đ\"]", PlanPath.Child("x", "a\\b\n\t\u0001 [1].đ"));
        Assert.Equal("x[\"Kinh phí (triệu đồng)\"]", PlanPath.Child("x", "Kinh phí (triệu đồng)"));
    }
}
