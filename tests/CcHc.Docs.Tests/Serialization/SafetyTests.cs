using System.Text;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

public sealed class SafetyTests
{
    private const string Minimal = "letterhead:\n  issuer: UBND xã\n  place: Vĩnh Phong\ntitle:\n  summary: Kế hoạch\nsignature:\n  name: A\n";

    private static PlanReadError SingleError(Func<object> read) =>
        Assert.Single(Assert.Throws<PlanReadException>(read).Errors);

    [Fact]
    public void TextLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        // Not even valid YAML: the size check must come first.
        var text = "[" + new string('x', 2000);
        var error = SingleError(() => PlanReader.ReadYaml(text, "lon.yaml", new PlanReaderOptions { MaxBytes = 1000 }));
        Assert.Equal((1, 1, ""), (error.Line, error.Column, error.Path));
        Assert.Equal("the file is 2,001 bytes, more than the limit of 1,000; a plan is far smaller, so check that this is the right file, or raise PlanReaderOptions.MaxBytes", error.Message);
    }

    [Fact]
    public void SizeLimit_CountsUtf8Bytes()
    {
        // 400 "ệ" are 400 UTF-16 characters but 1,200 UTF-8 bytes.
        var text = Minimal + "preamble: " + new string('ệ', 400) + "\n";
        var options = new PlanReaderOptions { MaxBytes = 1000 };
        Assert.Contains("more than the limit of 1,000", SingleError(() => PlanReader.ReadYaml(text, null, options)).Message);
        Assert.Contains("more than the limit of 1,000", SingleError(() => PlanReader.ReadJson("\"" + new string('ệ', 400) + "\"", null, options)).Message);
    }

    [Fact]
    public void DefaultSizeLimit_IsFourMegabytes()
    {
        Assert.Equal(4 * 1024 * 1024, PlanReaderOptions.Default.MaxBytes);
        var text = Minimal + "preamble: " + new string('a', 4 * 1024 * 1024) + "\n";
        Assert.Contains("more than the limit of 4,194,304", SingleError(() => PlanReader.ReadYaml(text)).Message);
    }

    [Fact]
    public void LargeFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Minimal + "preamble: " + new string('a', 5000) + "\n");
        try
        {
            var error = SingleError(() => PlanReader.ReadFile(path, new PlanReaderOptions { MaxBytes = 1000 }));
            Assert.Equal(path, error.File);
            Assert.StartsWith("the file is 5,", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AliasBomb_FailsWithAClearError()
    {
        // "Billion laughs": nine levels of ten aliases each would expand to 10^9 values.
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }
        var error = SingleError(() => PlanReader.ReadYaml(yaml.ToString()));
        Assert.StartsWith("the document holds more than 1,000,000 values once aliases are expanded; this looks like an alias bomb", error.Message);
        Assert.Equal(6, error.Line); // the a5 line, whose expansion passes 1,000,000
    }

    [Fact]
    public void ModestAliases_AreExpanded()
    {
        var yaml = Minimal + "recipients: &r\n  - Sở Nội vụ\narchive: *r\n";
        var plan = PlanReader.ReadYaml(yaml);
        Assert.Equal(["Sở Nội vụ"], plan.Archive);
        Assert.Equal(plan.Recipients, plan.Archive);
    }

    [Fact]
    public void UndefinedAlias_IsAnError()
    {
        var error = SingleError(() => PlanReader.ReadYaml(Minimal + "archive: *khong_co\n"));
        Assert.Equal((8, 10), (error.Line, error.Column));
        Assert.Equal("the alias *khong_co refers to no anchor defined before it; define &khong_co first", error.Message);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void DeepNesting_FailsWithAClearError(string format)
    {
        const int depth = 100_000;
        var text = new string('[', depth) + new string(']', depth);
        var error = SingleError(() => format == "yaml" ? PlanReader.ReadYaml(text) : PlanReader.ReadJson(text));
        Assert.Equal((1, 101), (error.Line, error.Column));
        Assert.Equal("lists and mappings are nested more than 100 levels deep; flatten the structure, or raise PlanReaderOptions.MaxDepth", error.Message);
    }

    [Fact]
    public void AliasThatWouldNestTooDeeply_IsAnError()
    {
        var options = new PlanReaderOptions { MaxDepth = 5 };
        var yaml = "a: &a [[[x]]]\nb: [[*a]]\n";
        var error = SingleError(() => PlanReader.ReadYaml(yaml, null, options));
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.StartsWith("lists and mappings are nested more than 5 levels deep", error.Message);
    }

    [Fact]
    public void NodeLimit_AppliesToJsonToo()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("1", 200)) + "]";
        var error = SingleError(() => PlanReader.ReadJson(json, null, new PlanReaderOptions { MaxNodes = 100 }));
        Assert.StartsWith("the document holds more than 100 values", error.Message);
    }

    [Fact]
    public void DecomposedText_IsNormalisedToNfc()
    {
        var decomposed = "Vi\u0065\u0323\u0302t Nam"; // "ệ" as e + dot below + circumflex
        Assert.NotEqual("Việt Nam", decomposed);
        var plan = PlanReader.ReadYaml(Minimal + $"preamble: {decomposed}\nrecipients:\n  - {decomposed}\n");
        Assert.Equal("Việt Nam", plan.Preamble);
        Assert.Equal("Việt Nam", plan.Recipients[0]);
        Assert.True(plan.Preamble!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Việt Nam", PlanReader.ReadJson(PlanWriter.WriteJson(plan with { Preamble = decomposed })).Preamble);
    }

    [Theory]
    [InlineData("\\x01", 1)]
    [InlineData("\\u0008", 8)]
    [InlineData("\\e", 0x1B)]
    [InlineData("\\uFFFF", 0xFFFF)]
    public void ControlCharacters_AreErrorsWithALocation(string escape, int code)
    {
        var error = SingleError(() => PlanReader.ReadYaml(Minimal + $"preamble: \"Kế{escape}hoạch\"\n"));
        Assert.Equal((8, 11, "preamble"), (error.Line, error.Column, error.Path));
        Assert.Equal($"contains the character U+{code:X4} at offset 2, which a Word document cannot hold; remove it", error.Message);
    }

    [Fact]
    public void TabLineFeedAndCarriageReturn_AreAllowed()
    {
        Assert.Equal("a\tb\nc\rd", PlanReader.ReadYaml(Minimal + "preamble: \"a\\tb\\nc\\rd\"\n").Preamble);
    }

    [Fact]
    public void ControlCharacterInJson_IsAnError()
    {
        var json = "{\"letterhead\": {\"issuer\": \"A\\u0007\", \"place\": \"B\"}, \"title\": {\"summary\": \"C\"}, \"signature\": {\"name\": \"D\"}}";
        var error = SingleError(() => PlanReader.ReadJson(json));
        Assert.Equal((1, 27, "letterhead.issuer"), (error.Line, error.Column, error.Path));
    }

    [Fact]
    public void InvalidUtf8File_IsAnError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Minimal + "preamble: "), 0xC3, 0x28, (byte)'\n']);
        try
        {
            var error = SingleError(() => PlanReader.ReadFile(path));
            Assert.Equal(8, error.Line);
            Assert.StartsWith("the file is not valid UTF-8 (bad byte at offset ", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".yaml")]
    [InlineData(".yml")]
    [InlineData(".json")]
    public void ReadFile_ChoosesTheFormatByExtension_AndSkipsABom(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}{extension}");
        var text = extension == ".json" ? PlanWriter.WriteJson(SamplePlans.Small) : PlanWriter.WriteYaml(SamplePlans.Small);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var document = PlanReader.ReadFileDocument(path);
            Assert.Equal(SamplePlans.Small, document.Plan);
            Assert.Equal(path, document.SourceMap.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_RefusesAnUnknownExtension()
    {
        var error = SingleError(() => PlanReader.ReadFile("ke-hoach.txt"));
        Assert.Equal("cannot tell the format from the extension \".txt\"; name the file .yaml, .yml or .json", error.Message);
    }
}
