using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

public sealed class ReadErrorTests
{
    // Lines 1-7; tests append from line 8.
    private const string Minimal = """
        letterhead:
          issuer: UBND xã Vĩnh Phong
          place: Vĩnh Phong
        title:
          summary: Kế hoạch CCHC năm 2026
        signature:
          name: Châu Ngọc Cẩn

        """;

    private static PlanReadError SingleError(string yaml)
    {
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(yaml, "ke-hoach.yaml"));
        return Assert.Single(exception.Errors);
    }

    private static void AssertError(PlanReadError error, int line, int column, string path, string message)
    {
        Assert.Equal("ke-hoach.yaml", error.File);
        Assert.Equal((line, column, path, message), (error.Line, error.Column, error.Path, error.Message));
    }

    [Fact]
    public void Minimal_IsValid()
    {
        Assert.Equal("Châu Ngọc Cẩn", PlanReader.ReadYaml(Minimal).Signature.Name);
    }

    [Fact]
    public void TextGivenAList_IsATypeError_AtTheValue()
    {
        var error = SingleError(Minimal + """
            sections:
              - title: A
                content:
                  - task:
                      text: Việc
                      lead: [a, b]
            """);
        AssertError(error, 13, 17, "sections[0].content[0].task.lead", "expected text, found a list");
        Assert.Equal("ke-hoach.yaml(13,17): sections[0].content[0].task.lead: expected text, found a list", error.ToString());
    }

    [Fact]
    public void MissingRequiredProperty_IsReportedAtItsMapping()
    {
        var error = SingleError(Minimal.Replace("  name: Châu Ngọc Cẩn\n", "  position: CHỦ TỊCH\n"));
        AssertError(error, 7, 3, "signature.name", "required");
    }

    [Fact]
    public void MissingRequiredObject_IsReportedAtTheDocument()
    {
        var error = SingleError(Minimal.Replace("title:\n  summary: Kế hoạch CCHC năm 2026\n", ""));
        AssertError(error, 1, 1, "title", "required");
    }

    [Fact]
    public void EmptyRequiredText_IsReportedAtTheValue()
    {
        var error = SingleError(Minimal.Replace("name: Châu Ngọc Cẩn", "name:"));
        AssertError(error, 7, 8, "signature.name", "must not be empty");
    }

    [Fact]
    public void BadDate_SaysTheFormat()
    {
        var error = SingleError(Minimal.Replace("  place: Vĩnh Phong\n", "  place: Vĩnh Phong\n  date: 2026-13-01\n"));
        AssertError(error, 4, 9, "letterhead.date", "\"2026-13-01\" is not a date (use YYYY-MM-DD)");
    }

    [Fact]
    public void UnknownKey_NamesItSuggestsAndListsTheAllowedKeys()
    {
        var error = SingleError(Minimal.Replace("  place: Vĩnh Phong\n", "  place: Vĩnh Phong\n  issuer_line: [A]\n"));
        AssertError(error, 4, 3, "letterhead.issuer_line",
            "unknown key \"issuer_line\" (did you mean \"issuer_lines\"?); allowed keys: parent_body, issuer, issuer_lines, number, symbol, place, date, year");
    }

    [Fact]
    public void UnknownKey_WithNothingClose_HasNoSuggestion()
    {
        var error = SingleError(Minimal + "foo: 1\n");
        AssertError(error, 8, 1, "foo",
            "unknown key \"foo\"; allowed keys: numbering, task_details, letterhead, title, bases, implementing, preamble, sections, closing, recipients, archive, signature, appendices");
    }

    [Fact]
    public void BadEnumValue_ListsTheAllowedValues()
    {
        var error = SingleError(Minimal + "numbering: roman\n");
        AssertError(error, 8, 12, "numbering", "\"roman\" is not a valid value; use one of: nd30, decimal");
    }

    [Fact]
    public void BadEnumValue_CloseToOne_SuggestsIt()
    {
        var error = SingleError(Minimal + "sections:\n  - kind: purpse\n");
        AssertError(error, 9, 11, "sections[0].kind",
            "\"purpse\" is not a valid value; did you mean \"purpose\"?; use one of: custom, purpose, targets, tasks, funding, reporting, implementation, objectives, key_targets, content, solutions");
    }

    [Fact]
    public void DuplicateKey_PointsAtTheSecondAndNamesTheFirst()
    {
        var error = SingleError(Minimal.Replace("  place: Vĩnh Phong\n", "  place: Vĩnh Phong\n  issuer: Khác\n"));
        AssertError(error, 4, 3, "letterhead.issuer", "duplicate key \"issuer\" (first at line 2, column 3); remove one of them");
    }

    [Fact]
    public void ContentBlockWithTwoKeys_IsAnError()
    {
        var error = SingleError(Minimal + "sections:\n  - content:\n      - paragraph: A\n        bullet: B\n");
        AssertError(error, 10, 9, "sections[0].content[0]",
            "a content block has exactly one key, found 2 (paragraph, bullet); make each its own list item");
    }

    [Fact]
    public void ContentBlockWithNoKey_IsAnError()
    {
        var error = SingleError(Minimal + "sections:\n  - content:\n      - {}\n");
        AssertError(error, 10, 9, "sections[0].content[0]",
            "a content block needs exactly one key: paragraph, bullet, plus, section, task");
    }

    [Fact]
    public void ContentBlockWrittenAsText_IsAnUntitledNumberedItem()
    {
        var plan = PlanReader.ReadYaml(Minimal + "sections:\n  - content:\n      - Rà soát thủ tục hành chính.\n      - section: {text: Công khai thủ tục.}\n");

        var items = plan.Sections[0].Content.Cast<SubsectionBlock>().Select(b => b.Section).ToList();
        Assert.Equal(new Section { Text = "Rà soát thủ tục hành chính." }, items[0]);
        Assert.Equal(new Section { Text = "Công khai thủ tục." }, items[1]);
    }

    [Fact]
    public void ContentBlockWrittenAsList_SaysWhatABlockIs()
    {
        var error = SingleError(Minimal + "sections:\n  - content:\n      - [a, b]\n");
        AssertError(error, 10, 9, "sections[0].content[0]",
            "expected a content block, a one-key mapping such as \"paragraph: …\" or a plain text (a numbered item), found a list");
    }

    [Fact]
    public void QuotedNumber_SaysToRemoveTheQuotes()
    {
        var error = SingleError(Minimal.Replace("  place: Vĩnh Phong\n", "  place: Vĩnh Phong\n  number: \"78\"\n"));
        AssertError(error, 4, 11, "letterhead.number", "expected a whole number, found text \"78\"; remove the quotes");
    }

    [Fact]
    public void DecimalComma_SaysToUseADot()
    {
        var error = SingleError(Minimal + "sections:\n  - targets:\n      - text: Đạt 11,4%\n        figures:\n          - value: 11,4\n");
        AssertError(error, 12, 20, "sections[0].targets[0].figures[0].value", "expected a number, found \"11,4\" (use a dot for decimals, e.g. 11.4)");
    }

    [Fact]
    public void BadBoolean_IsAnError()
    {
        var error = SingleError(Minimal + "closing:\n  text: Trên đây\n  end_mark: yes\n");
        AssertError(error, 10, 13, "closing.end_mark", "expected true or false, found text \"yes\"");
    }

    [Fact]
    public void ListGivenText_IsAnError()
    {
        var error = SingleError(Minimal + "recipients: Sở Nội vụ\n");
        AssertError(error, 8, 13, "recipients", "expected a list, found text \"Sở Nội vụ\"");
    }

    [Fact]
    public void MappingGivenText_IsAnError()
    {
        var error = SingleError(Minimal.Replace("title:\n  summary: Kế hoạch CCHC năm 2026\n", "title: Kế hoạch\n"));
        AssertError(error, 4, 8, "title", "expected a mapping (the title), found text \"Kế hoạch\"");
    }

    [Fact]
    public void AllErrors_AreReported_InFileOrder()
    {
        var yaml = """
            letterhead:
              issuer: [A]
              place: Vĩnh Phong
              date: 20/3/2026
            title:
              sumary: Kế hoạch
            signature:
              position: CHỦ TỊCH
            """;
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(yaml, "ke-hoach.yaml"));
        Assert.Equal(
        [
            "ke-hoach.yaml(2,11): letterhead.issuer: expected text, found a list",
            "ke-hoach.yaml(4,9): letterhead.date: \"20/3/2026\" is not a date (use YYYY-MM-DD)",
            "ke-hoach.yaml(6,3): title.sumary: unknown key \"sumary\" (did you mean \"summary\"?); allowed keys: kind, summary",
            "ke-hoach.yaml(6,3): title.summary: required",
            "ke-hoach.yaml(8,3): signature.name: required",
        ], exception.Errors.Select(e => e.ToString()));
        Assert.StartsWith("The plan has 5 errors:", exception.Message);
    }

    [Fact]
    public void YamlSyntaxError_HasALocation()
    {
        var error = SingleError(Minimal + "sections: [a, b\n");
        Assert.Equal(PlanPath.Root, error.Path);
        Assert.StartsWith("YAML syntax error: ", error.Message);
        Assert.True(error.Line >= 8, error.ToString());
    }

    [Fact]
    public void EmptyFile_SaysWhatAPlanNeeds()
    {
        var error = SingleError("# chỉ có chú thích\n");
        AssertError(error, 1, 1, "", "the file is empty; a plan needs at least letterhead, title and signature");
    }

    [Fact]
    public void SecondDocument_IsAnError()
    {
        var error = SingleError(Minimal + "---\nfoo: 1\n");
        AssertError(error, 8, 1, "", "the file holds more than one YAML document; keep one plan per file and remove the second '---'");
    }

    [Fact]
    public void RootList_IsAnError()
    {
        var error = SingleError("- a\n");
        AssertError(error, 1, 1, "", "expected a mapping (the plan), found a list");
    }

    [Fact]
    public void UnsupportedTag_IsAnError()
    {
        var error = SingleError(Minimal + "preamble: !custom Văn bản\n");
        AssertError(error, 8, 11, "", "the tag !custom is not supported; remove it");
    }

    [Fact]
    public void StrTag_MakesANumberText()
    {
        Assert.Equal("2026", PlanReader.ReadYaml(Minimal + "preamble: !!str 2026\n").Preamble);
    }

    [Fact]
    public void JsonErrors_HaveLinesColumnsAndPaths()
    {
        var json = """
            {
              "letterhead": { "issuer": "UBND xã", "place": "Vĩnh Phong", "number": "78" },
              "title": { "summary": "Kế hoạch" },
              "signature": { "name": 5, "authority": "TM. ỦY BAN" }
            }
            """;
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadJson(json, "ke-hoach.json"));
        Assert.Equal(
        [
            "ke-hoach.json(2,73): letterhead.number: expected a whole number, found text \"78\"; remove the quotes",
            "ke-hoach.json(4,42): signature.authority: expected a list, found text \"TM. ỦY BAN\"",
        ], exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void JsonSyntaxError_HasALocation()
    {
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadJson("{\n  \"title\": {,\n}", "x.json"));
        var error = Assert.Single(exception.Errors);
        Assert.Equal((2, 13), (error.Line, error.Column));
        Assert.StartsWith("JSON syntax error: ", error.Message);
    }

    [Fact]
    public void JsonComments_AreRejected()
    {
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadJson("// chú thích\n{}"));
        Assert.StartsWith("JSON syntax error: ", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void JsonSchemaKey_IsIgnored_ButOnlyAtTheTop()
    {
        var json = """{"$schema": "x", "letterhead": {"issuer": "A", "place": "B"}, "title": {"summary": "C"}, "signature": {"name": "D", "$schema": "x"}}""";
        var error = Assert.Single(Assert.Throws<PlanReadException>(() => PlanReader.ReadJson(json)).Errors);
        Assert.Equal("signature.$schema", error.Path);
    }
}
