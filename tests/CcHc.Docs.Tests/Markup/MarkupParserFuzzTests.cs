using System.Text;
using CcHc.Docs.Markup;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Markup;

/// <summary>Bad input must end in a parsed document or a MarkupException: never another exception or a hang.</summary>
public class MarkupParserFuzzTests
{
    private static readonly string Sample = TestFiles.ReadText(Docx.SampleDocument.RelativePath);

    private static void ParsesOrFailsCleanly(string markup)
    {
        try
        {
            MarkupParser.Parse(markup, "fuzz.xml");
        }
        catch (MarkupException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Problem));
            Assert.True(ex.Line >= 0 && ex.Column >= 0);
        }
    }

    [Fact]
    public void Every_truncation_of_the_sample_fails_cleanly()
    {
        var failures = 0;
        for (var length = 0; length < Sample.Length; length += 37)
        {
            var truncated = Sample[..length];
            var error = Record.Exception(() => MarkupParser.Parse(truncated, "fuzz.xml"));
            Assert.IsType<MarkupException>(error);
            failures++;
        }

        Assert.True(failures > 100);
    }

    [Fact]
    public void Random_bytes_fail_cleanly()
    {
        var random = new Random(20260320);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var encoding = i % 2 == 0 ? Encoding.UTF8 : Encoding.Latin1;
            var markup = (i % 3 == 0 ? "<document><section><p>" : string.Empty) + encoding.GetString(bytes);
            Assert.IsType<MarkupException>(Record.Exception(() => MarkupParser.Parse(markup, "fuzz.xml")));
        }
    }

    [Fact]
    public void Random_mutations_of_the_sample_parse_or_fail_cleanly()
    {
        var random = new Random(78);
        const string Alphabet = "<>/&;\"'= \nabp#x01-*";
        for (var i = 0; i < 400; i++)
        {
            var builder = new StringBuilder(Sample);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var position = random.Next(builder.Length);
                if (random.Next(2) == 0)
                {
                    builder.Remove(position, Math.Min(random.Next(1, 6), builder.Length - position));
                }
                else
                {
                    builder.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            ParsesOrFailsCleanly(builder.ToString());
        }
    }

    [Fact]
    public void Deeply_nested_inline_formatting_is_refused()
    {
        var depth = 100_000;
        var markup = "<document><section><p>" + string.Concat(Enumerable.Repeat("<b>", depth)) + "x"
            + string.Concat(Enumerable.Repeat("</b>", depth)) + "</p></section></document>";
        var error = Assert.Throws<MarkupException>(() => MarkupParser.Parse(markup, "deep.xml"));
        Assert.Contains($"nested more than {MarkupParser.MaxDepth} levels deep", error.Problem);
        Assert.Equal((1, 22 + (3 * (MarkupParser.MaxDepth - 2)) + 2), (error.Line, error.Column));
    }

    [Fact]
    public void Inline_formatting_nested_beyond_its_own_limit_is_refused()
    {
        var markup = "<document><section><p>" + string.Concat(Enumerable.Repeat("<i>", 17)) + "x"
            + string.Concat(Enumerable.Repeat("</i>", 17)) + "</p></section></document>";
        var error = Assert.Throws<MarkupException>(() => MarkupParser.Parse(markup, "deep.xml"));
        Assert.Contains("nested more than 16 levels", error.Problem);
        Assert.Equal("i", error.ElementName);
    }

    [Fact]
    public void Deeply_nested_blocks_are_refused()
    {
        var depth = 100_000;
        var markup = "<document>" + string.Concat(Enumerable.Repeat("<section>", depth)) + string.Concat(Enumerable.Repeat("</section>", depth)) + "</document>";
        var error = Assert.Throws<MarkupException>(() => MarkupParser.Parse(markup, "deep.xml"));
        Assert.Equal("section", error.ElementName);
        Assert.Contains("nested more than", error.Problem);
    }

    [Fact]
    public void Unclosed_deep_nesting_fails_cleanly()
    {
        var markup = "<document><section><p>" + string.Concat(Enumerable.Repeat("<i>", 50_000));
        Assert.IsType<MarkupException>(Record.Exception(() => MarkupParser.Parse(markup, "deep.xml")));
    }
}
