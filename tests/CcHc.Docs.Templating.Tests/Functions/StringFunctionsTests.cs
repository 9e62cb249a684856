using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class StringFunctionsTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);

    [Fact]
    public void Escape_and_literal_escape_control_characters_and_quotes()
    {
        Assert.Equal("Hel\\tlo\\n\\\"W\\\\orld", StringFunctions.Escape("Hel\tlo\n\"W\\orld"));
        Assert.Equal("\"Hello\\n\\\"World\\\"\"", StringFunctions.Literal("Hello\n\"World\""));
        Assert.Null(StringFunctions.Escape(null));
    }

    [Fact]
    public void Append_and_prepend_treat_null_as_empty()
    {
        Assert.Equal("Hello World", StringFunctions.Append("Hello", " World"));
        Assert.Equal("Hello World", StringFunctions.Prepend("World", "Hello "));
        Assert.Equal("+ x", StringFunctions.Append(null, "+ x"));
        Assert.Equal("abc", StringFunctions.Append("abc", null));
    }

    [Theory]
    [InlineData("test", "Test")]
    [InlineData("Test", "Test")]
    [InlineData("", "")]
    [InlineData("đường", "Đường")]
    public void Capitalize_upper_cases_the_first_character(string input, string expected) =>
        Assert.Equal(expected, StringFunctions.Capitalize(input));

    [Fact]
    public void Capitalizewords_upper_cases_each_word()
    {
        Assert.Equal("This Is Easy", StringFunctions.CapitalizeWords("This is easy"));
        Assert.Equal("This Will Capitalize Words", StringFunctions.CapitalizeWords("This will capitalize words"));
        Assert.Null(StringFunctions.CapitalizeWords(null));
    }

    [Fact]
    public void Tests_on_null_are_false()
    {
        Assert.True(StringFunctions.Contains("tota", "ta"));
        Assert.False(StringFunctions.Contains(null, "ta"));
        Assert.False(StringFunctions.Contains("tota", null));
        Assert.False(StringFunctions.StartsWith("tota", "ta"));
        Assert.True(StringFunctions.StartsWith("tota", "to"));
        Assert.False(StringFunctions.StartsWith(null, "ta"));
        Assert.True(StringFunctions.EndsWith("tota", "ta"));
        Assert.False(StringFunctions.EndsWith("tota", null));
        Assert.True(StringFunctions.Empty(""));
        Assert.False(StringFunctions.Empty("tota"));
        Assert.True(StringFunctions.Whitespace("  "));
        Assert.False(StringFunctions.Whitespace("tota"));
        Assert.True(StringFunctions.EqualsIgnoreCase("Scriban", "SCRIBAN"));
        Assert.False(StringFunctions.EqualsIgnoreCase("Scriban", "Liquid"));
    }

    [Theory]
    [InlineData("100% M & Ms!!!", "100-m-ms")]
    [InlineData("This & is a @@^^&%%%%% value@@", "this-is-a-value")]
    [InlineData("  Kế hoạch 2026 ", "kế-hoạch-2026")]
    public void Handleize_makes_url_handles(string input, string expected) =>
        Assert.Equal(expected, StringFunctions.Handleize(input));

    [Fact]
    public void Strip_functions_trim_whitespace()
    {
        Assert.Equal("too many spaces", StringFunctions.Lstrip("   too many spaces"));
        Assert.Equal("   too many spaces", StringFunctions.Rstrip("   too many spaces           "));
        Assert.Equal("too many spaces", StringFunctions.Strip("   too many spaces           "));
        Assert.Equal("This is a string. With another string", StringFunctions.StripNewlines("This is a string.\r\n With \nanother \rstring"));
    }

    [Fact]
    public void Remove_and_replace_variants()
    {
        const string text = "Hello, world. Goodbye, world.";
        Assert.Equal("Hello, . Goodbye, .", StringFunctions.Remove(text, "world"));
        Assert.Equal("Hello, . Goodbye, world.", StringFunctions.RemoveFirst(text, "world"));
        Assert.Equal("Hello, world. Goodbye, .", StringFunctions.RemoveLast(text, "world"));
        Assert.Equal("Hello, buddy. Goodbye, buddy.", StringFunctions.Replace(text, "world", "buddy"));
        Assert.Equal("Hello, buddy. Goodbye, world.", StringFunctions.ReplaceFirst(text, "world", "buddy"));
        Assert.Equal("Hello, world. Goodbye, buddy.", StringFunctions.ReplaceFirst(text, "world", "buddy", fromEnd: true));
        Assert.Equal(text, StringFunctions.Remove(text, null));
        Assert.Null(StringFunctions.Replace(null, "a", "b"));
        Assert.Equal("yoyo", StringFunctions.ReplaceFirst("yoyo", null, "boom"));
    }

    [Theory]
    [InlineData("hello", 0, 0, "hello")]
    [InlineData("hello", 1, 0, "ello")]
    [InlineData("hello", 1, 3, "ell")]
    [InlineData("test", -5, 3, "te")]
    [InlineData("test", 3, 5, "t")]
    [InlineData("test", 10, 0, "")]
    [InlineData("test", -2, 0, "st")]
    [InlineData("test", -10, 0, "")]
    public void Slice_follows_the_corpus(string text, int start, int length, string expected) =>
        Assert.Equal(expected, StringFunctions.Slice(text, start, length));

    [Theory]
    [InlineData("hello", 0, 1, "h")]
    [InlineData("hello", 1, 3, "ell")]
    [InlineData("test", -5, 3, "te")]
    [InlineData("test", -2, 1, "s")]
    [InlineData("test", 10, 1, "")]
    public void Slice1_defaults_to_one_character(string text, int start, int length, string expected) =>
        Assert.Equal(expected, StringFunctions.Slice1(text, start, length));

    [Fact]
    public void Slice_of_null_is_empty() => Assert.Equal(string.Empty, StringFunctions.Slice(null, 1));

    [Fact]
    public void Split_drops_empty_entries()
    {
        Assert.Equal(["a", "b", "c", "d", "e", "f"], StringFunctions.Split("a/b/c/d/e//f", "/"));
        Assert.Empty(StringFunctions.Split(null, "/"));
    }

    [Fact]
    public void Truncate_counts_the_ellipsis()
    {
        Assert.Equal("The cat ca...", StringFunctions.Truncate("The cat came back the very next day", 13));
        Assert.Equal("This i and blabla...", StringFunctions.Truncate("This is a long test with several chars in it but going to be truncated", 20, " and blabla..."));
        Assert.Equal("short", StringFunctions.Truncate("short", 10));
        Assert.Null(StringFunctions.Truncate(null, 15));
    }

    [Fact]
    public void Truncatewords_keeps_count_words()
    {
        Assert.Equal("The cat came back...", StringFunctions.TruncateWords("The cat came back the very next day", 4));
        Assert.Equal("This is a test truncated...", StringFunctions.TruncateWords("This is a test truncated at 5", 5));
        Assert.Equal("two words", StringFunctions.TruncateWords("two words", 5));
        Assert.Equal(string.Empty, StringFunctions.TruncateWords(string.Empty, 5));
    }

    [Fact]
    public void Size_pluralize_and_padding()
    {
        Assert.Equal(4, StringFunctions.Size("test"));
        Assert.Equal(0, StringFunctions.Size(null));
        Assert.Equal("products", StringFunctions.Pluralize(7, "product", "products"));
        Assert.Equal("product", StringFunctions.Pluralize(1, "product", "products"));
        Assert.Equal("     world", StringFunctions.PadLeft("world", 10));
        Assert.Equal("hello     ", StringFunctions.PadRight("hello", 10));
        Assert.Equal("hello", StringFunctions.PadLeft("hello", -3));
    }

    [Fact]
    public void Number_parsing_uses_the_context_culture()
    {
        var context = new TemplateContext();
        Assert.Equal(123, StringFunctions.ToInt(context, "123"));
        Assert.Equal(123678912345678L, StringFunctions.ToLong(context, "123678912345678"));
        Assert.Equal(123.4, StringFunctions.ToFloat(context, "123.4"));
        Assert.Equal(123.4, StringFunctions.ToDouble(context, "123.4"));
        Assert.Null(StringFunctions.ToInt(context, "abc"));
        Assert.Null(StringFunctions.ToDouble(context, null));

        context.Culture = new System.Globalization.CultureInfo("vi-VN");
        Assert.Equal(1.5, StringFunctions.ToDouble(context, "1,5"));
    }

    [Fact]
    public void Hashes_match_the_documented_values()
    {
        Assert.Equal("098f6bcd4621d373cade4e832627b4f6", StringFunctions.Md5("test"));
        Assert.Equal("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", StringFunctions.Sha1("test"));
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", StringFunctions.Sha256("test"));
        Assert.Equal("ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff", StringFunctions.Sha512("test"));
        Assert.Equal("1aa349585ed7ecbd3b9c486a30067e395ca4b356", StringFunctions.HmacSha1("test", "secret"));
        Assert.Equal("0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914", StringFunctions.HmacSha256("test", "secret"));
        Assert.Equal("f8a4f0a209167bc192a1bffaa01ecdb09e06c57f96530d92ec9ccea0090d290e55071306d6b654f26ae0c8721f7e48a2d7130b881151f2cec8d61d941a6be88a", StringFunctions.HmacSha512("test", "secret"));
    }

    [Fact]
    public void Base64_round_trips_utf8_and_rejects_invalid_input()
    {
        Assert.Equal("aGVsbG8=", StringFunctions.Base64Encode("hello"));
        Assert.Equal("hello", StringFunctions.Base64Decode(Span, "aGVsbG8="));
        Assert.Equal("Kế hoạch", StringFunctions.Base64Decode(Span, StringFunctions.Base64Encode("Kế hoạch")));
        var error = Assert.Throws<TemplateException>(() => StringFunctions.Base64Decode(Span, "not base64!"));
        Assert.Contains("not valid Base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_of_supports_start_count_and_comparison()
    {
        Assert.Equal(2, StringFunctions.IndexOf(Span, "hello", "l"));
        Assert.Equal(3, StringFunctions.IndexOf(Span, "hello", "l", 3));
        Assert.Equal(-1, StringFunctions.IndexOf(Span, "hello", "o", 0, 3));
        Assert.Equal(0, StringFunctions.IndexOf(Span, "Hello", "hello", null, null, "OrdinalIgnoreCase"));
        Assert.Equal(-1, StringFunctions.IndexOf(Span, null, "a"));
        Assert.Throws<TemplateException>(() => StringFunctions.IndexOf(Span, "a", "a", null, null, "Nope"));
    }
}
