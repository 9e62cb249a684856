using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>
/// Issue 12, item 11: an unquoted ", " or ": " inside a flow mapping cuts a value in pieces; the reader says once,
/// where, to quote the value, instead of an "unknown key" error per piece.
/// </summary>
public sealed class FlowSplitTests
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
        var exception = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(Minimal + yaml, "ke-hoach.yaml"));
        return Assert.Single(exception.Errors);
    }

    [Fact]
    public void A_comma_that_ends_a_value_is_reported_once_with_the_whole_value_to_quote()
    {
        var error = SingleError("""
            sections:
              - { text: Căn cứ Luật A, Luật B, Luật C }
            """);

        Assert.Equal((9, 28), (error.Line, error.Column));
        Assert.Equal("sections[0].text", error.Path);
        Assert.Equal(
            "inside { … } an unquoted \", \" ends the value of \"text\", so \"Luật B\" was read as a key; quote this value: text: \"Căn cứ Luật A, Luật B, Luật C\"",
            error.Message);
    }

    [Fact]
    public void A_comma_before_a_word_that_looks_like_a_key_is_caught_too()
    {
        var error = SingleError("""
            sections:
              - { title: A, content: [ { paragraph: Rà soát, cập nhật } ] }
            """);

        Assert.Equal("sections[0].content[0].paragraph", error.Path);
        Assert.EndsWith("quote this value: paragraph: \"Rà soát, cập nhật\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_inside_a_flow_mapping_value_says_which_value_to_quote()
    {
        var error = SingleError("""
            sections:
              - { title: Mục tiêu: nâng cao chất lượng }
            """);

        Assert.Equal((9, 22), (error.Line, error.Column));
        Assert.Equal(
            "YAML syntax error: inside { … } or [ … ] an unquoted \": \" cannot be part of a value; quote this value: \"Mục tiêu: nâng cao chất lượng\"",
            error.Message);
    }

    [Fact]
    public void A_colon_in_a_text_item_of_a_flow_list_says_to_quote_it()
    {
        var error = SingleError("""
            sections:
              - title: A
                content: [ Mục tiêu: nâng cao, Rà soát ]
            """);

        Assert.Equal((10, 16), (error.Line, error.Column));
        Assert.EndsWith("quote this value: \"Mục tiêu: nâng cao\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_in_a_flow_mapping_is_still_an_unknown_key()
    {
        var error = SingleError("""
            sections:
              - { titel: Mục tiêu }
            """);

        Assert.Equal("sections[0].titel", error.Path);
        Assert.StartsWith("unknown key \"titel\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_values_read_as_written()
    {
        var plan = PlanReader.ReadYaml(Minimal + """
            sections:
              - { title: "Mục tiêu: nâng cao", text: "Căn cứ Luật A, Luật B" }
            """);

        Assert.Equal("Mục tiêu: nâng cao", plan.Sections[0].Title);
        Assert.Equal("Căn cứ Luật A, Luật B", plan.Sections[0].Text);
    }

    [Fact]
    public void A_mapping_of_many_stray_pieces_is_read_in_linear_time_with_one_short_message()
    {
        // 200,000 pieces after a quoted value: no split to report, each an unknown key; after a plain value: one split.
        var pieces = string.Join(", ", Enumerable.Range(0, 200_000).Select(i => "w" + i));
        var quoted = Assert.Throws<PlanReadException>(() => PlanReader.ReadYaml(Minimal + "closing: { text: \"A\", " + pieces + " }\n"));
        var plain = SingleError("closing: { text: A, " + pieces + " }\n");

        Assert.Equal(200_000, quoted.Errors.Count);
        Assert.Equal("closing.text", plain.Path);
        Assert.True(plain.Message.Length < 500, plain.Message);
        Assert.EndsWith("…\"", plain.Message, StringComparison.Ordinal);
    }
}
