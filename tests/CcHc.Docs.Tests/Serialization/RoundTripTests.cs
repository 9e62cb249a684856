using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

public sealed class RoundTripTests
{
    public static TheoryData<string> PlanNames => ["small", "full"];

    private static Plan Named(string name) => name == "small" ? SamplePlans.Small : SamplePlans.Full;

    [Fact]
    public void HandWrittenYaml_ReadsAsTheSmallPlan()
    {
        Assert.Equal(SamplePlans.Small, PlanReader.ReadYaml(SamplePlans.SmallYaml));
    }

    [Fact]
    public void SmallPlan_WritesTheHandWrittenYaml()
    {
        Assert.Equal(SamplePlans.SmallYaml.ReplaceLineEndings("\n"), PlanWriter.WriteYaml(SamplePlans.Small));
    }

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void Yaml_RoundTrips(string name)
    {
        var plan = Named(name);
        var yaml = PlanWriter.WriteYaml(plan);
        Assert.Equal(plan, PlanReader.ReadYaml(yaml));
        Assert.Equal(yaml, PlanWriter.WriteYaml(PlanReader.ReadYaml(yaml)));
    }

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void Json_RoundTrips(string name)
    {
        var plan = Named(name);
        var json = PlanWriter.WriteJson(plan);
        Assert.Equal(plan, PlanReader.ReadJson(json));
        Assert.Equal(json, PlanWriter.WriteJson(PlanReader.ReadJson(json)));
    }

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void YamlToJsonToYaml_IsUnchanged(string name)
    {
        var yaml = PlanWriter.WriteYaml(Named(name));
        var json = PlanWriter.WriteJson(PlanReader.ReadYaml(yaml));
        Assert.Equal(yaml, PlanWriter.WriteYaml(PlanReader.ReadJson(json)));
    }

    [Fact]
    public void Json_IsAlsoReadableAsYaml()
    {
        // YAML 1.2 is a superset of JSON: the YAML reader accepts what the JSON writer writes.
        var plan = SamplePlans.Full;
        Assert.Equal(plan, PlanReader.ReadYaml(PlanWriter.WriteJson(plan)));
    }

    [Fact]
    public void JsonEscapesAndFlowStyle_AreReadByBothReaders()
    {
        const string json = """{"letterhead":{"issuer":"X\u00e3 V\u0129nh Phong","place":"A\/B","number":78},"title":{"summary":"\ud83d\ude00 \"t\""},"signature":{"name":"N"}}""";
        foreach (var plan in new[] { PlanReader.ReadJson(json), PlanReader.ReadYaml(json) })
        {
            Assert.Equal("Xã Vĩnh Phong", plan.Letterhead.Issuer);
            Assert.Equal("A/B", plan.Letterhead.Place);
            Assert.Equal(78, plan.Letterhead.Number);
            Assert.Equal("😀 \"t\"", plan.Title.Summary);
        }
    }

    [Fact]
    public void SchemaReference_IsWrittenAndIgnoredOnRead()
    {
        var plan = SamplePlans.Small;
        var yaml = PlanWriter.WriteYaml(plan, "../../schemas/plan.schema.json");
        var json = PlanWriter.WriteJson(plan, "../../schemas/plan.schema.json");

        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/plan.schema.json\nletterhead:\n", yaml);
        Assert.StartsWith("{\n  \"$schema\": \"../../schemas/plan.schema.json\",\n  \"letterhead\": {\n", json);
        Assert.Equal(plan, PlanReader.ReadYaml(yaml));
        Assert.Equal(plan, PlanReader.ReadJson(json));
    }

    [Theory]
    [InlineData("Dòng một\nDòng hai")]
    [InlineData("kết thúc bằng xuống dòng\n")]
    [InlineData("hai dòng trống\n\n")]
    [InlineData("\ndòng đầu trống")]
    [InlineData("  thụt đầu\ndòng")]
    [InlineData("tab\tở giữa")]
    [InlineData("a\r\nb")]
    [InlineData("78")]
    [InlineData("11.4")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("- gạch đầu dòng")]
    [InlineData("như sau:")]
    [InlineData("Ghi chú: một")]
    [InlineData("a # không phải chú thích")]
    [InlineData("\"trích dẫn\"")]
    [InlineData("'đơn'")]
    [InlineData("%")]
    [InlineData("@x")]
    [InlineData("...")]
    [InlineData("2026-03-20")]
    [InlineData("0x1F")]
    [InlineData("yes")]
    [InlineData("\\ gạch chéo")]
    [InlineData("😀 ngoài BMP")]
    [InlineData("\u2028 dấu ngắt dòng Unicode")]
    public void TrickyText_RoundTrips(string text)
    {
        var plan = SamplePlans.Small with { Preamble = text, Recipients = [text], Title = new DocumentTitle { Summary = text } };
        Assert.Equal(plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(plan)));
        Assert.Equal(plan, PlanReader.ReadJson(PlanWriter.WriteJson(plan)));
    }

    // Blank text is refused where the text is required (issue 15, defect 3), so it round-trips where it is optional.
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u0085")]
    public void BlankText_RoundTrips_WhereOptional(string text)
    {
        var plan = SamplePlans.Small with { Preamble = text };
        Assert.Equal(plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(plan)));
        Assert.Equal(plan, PlanReader.ReadJson(PlanWriter.WriteJson(plan)));
    }

    [Fact]
    public void MultiLineSummary_IsWrittenAsLiteralBlock()
    {
        var plan = SamplePlans.Small with { Title = new DocumentTitle { Summary = "Thông tin, tuyên truyền\nvề cải cách hành chính" } };
        Assert.Contains("title:\n  summary: |-\n    Thông tin, tuyên truyền\n    về cải cách hành chính\n", PlanWriter.WriteYaml(plan));
    }

    [Fact]
    public void Json_KeepsVietnameseLettersUnescaped()
    {
        var json = PlanWriter.WriteJson(SamplePlans.Small);
        Assert.Contains("\"issuer\": \"Ủy ban nhân dân xã Vĩnh Phong\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Defaults_AreLeftOut()
    {
        var yaml = PlanWriter.WriteYaml(SamplePlans.Small with { Appendices = [new Appendix { Title = "PHỤ LỤC", Tables = [new AppendixTable { Tasks = [new PlanTask { Text = "Việc" }] }] }] });
        Assert.DoesNotContain("numbering", yaml);
        Assert.DoesNotContain("symbol", yaml);
        Assert.DoesNotContain("kind: Kế hoạch\n  summary", yaml);
        Assert.DoesNotContain("orientation", yaml);
        Assert.DoesNotContain("columns", yaml);
        Assert.DoesNotContain("end_mark", yaml);
        Assert.Contains("appendices:\n  - title: PHỤ LỤC\n    tables:\n      - tasks:\n          - text: Việc\n", yaml);
    }

    [Fact]
    public void EmptyColumns_DifferFromTheStandardOnes_AndAreWritten()
    {
        var plan = SamplePlans.Small with { Appendices = [new Appendix { Title = "PHỤ LỤC", Tables = [new AppendixTable { Columns = [] }] }] };
        var yaml = PlanWriter.WriteYaml(plan);
        Assert.Contains("      - columns: []\n", yaml);
        Assert.Equal(plan, PlanReader.ReadYaml(yaml));
    }

    [Fact]
    public void ClosingWithoutEndMark_IsWrittenAsMapping_AndShorthandIsReadAsText()
    {
        var plan = SamplePlans.Small with { Closing = new Closing { Text = "Trên đây là Kế hoạch", EndMark = false } };
        Assert.Contains("closing:\n  text: Trên đây là Kế hoạch\n  end_mark: false\n", PlanWriter.WriteYaml(plan));
        Assert.Contains("closing: Trên đây là Kế hoạch của UBND xã Vĩnh Phong.\n", PlanWriter.WriteYaml(SamplePlans.Small));
    }
}
