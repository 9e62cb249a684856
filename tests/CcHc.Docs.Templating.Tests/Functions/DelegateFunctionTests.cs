using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class DelegateFunctionTests
{
    private static readonly SourceSpan Span = new("text", 1, 15);

    private static object? Call(IScriptFunction function, params object?[] arguments) =>
        function.Invoke(new TemplateContext(), Span, arguments);

    private static object? CallNamed(IScriptFunction function, object?[] positional, params (string Name, object? Value)[] named) =>
        function.Invoke(
            new TemplateContext(),
            Span,
            new ScriptArguments(positional, named.Select(n => new KeyValuePair<string, object?>(n.Name, n.Value)).ToArray()));

    [Fact]
    public void Converts_arguments_by_declared_type()
    {
        var function = DelegateFunction.Create((string text, int count, double factor, bool flag) => $"{text}|{count}|{factor}|{flag}", "f");
        Assert.Equal("5|5|2|True", Call(function, 5, 4.6, "2", 0));
        Assert.Equal("|0|0|False", Call(function, null, null, null, null));
        Assert.Equal("|0|0|False", Call(function, null, null, null, false));
    }

    [Fact]
    public void Strings_are_converted_with_the_context_text_of_values()
    {
        var function = DelegateFunction.Create((string? text) => text, "f");
        Assert.Equal("true", Call(function, true));
        Assert.Equal("[1, 2]", Call(function, new ScriptArray([1, 2])));
        Assert.Null(Call(function, [null]));
    }

    [Fact]
    public void Injects_context_and_span_and_applies_defaults()
    {
        var function = DelegateFunction.Create(
            (TemplateContext context, SourceSpan span, string text, int times = 2) => $"{span.Column}:{string.Concat(Enumerable.Repeat(text, times))}:{context.Culture.Name}",
            "f");
        Assert.Equal("15:abab:", Call(function, "ab"));
        Assert.Equal("15:ababab:", Call(function, "ab", 3));
    }

    [Fact]
    public void Named_arguments_match_snake_case_parameter_names()
    {
        var function = DelegateFunction.Create((string left, string right, int count = 1, string? options = null) => $"{left}{right}{count}{options}", "my_processor");
        Assert.Equal("HelloWorld15optimized", CallNamed(function, ["Hello", "World"], ("count", 15), ("options", "optimized")));
        Assert.Equal("HelloWorld1x", CallNamed(function, ["Hello", "World"], ("options", "x")));

        var snake = DelegateFunction.Create((string inputPattern) => inputPattern, "f");
        Assert.Equal("p", CallNamed(snake, [], ("input_pattern", "p")));
    }

    [Fact]
    public void Params_array_collects_the_rest()
    {
        var function = DelegateFunction.Create((string first, object?[] rest) => $"{first}:{rest.Length}", "f");
        Assert.Equal("a:0", Call(function, "a", Array.Empty<object?>()));

        var variadic = DelegateFunction.Create(Variadic, "variadic");
        Assert.Equal("a:3", Call(variadic, "a", 1, 2, 3));
        Assert.Equal("a:0", Call(variadic, "a"));
    }

    [Fact]
    public void Too_few_arguments_is_an_error_with_scriban_wording()
    {
        var cycle = (IScriptFunction)BuiltinModules.Get("array")!["cycle"]!;
        var error = Assert.Throws<TemplateException>(() => Call(cycle));
        Assert.Equal("text(1,15) : error : Invalid number of arguments `0` passed to `array.cycle` while expecting `1` arguments", error.Message);
    }

    [Fact]
    public void Too_many_arguments_is_an_error()
    {
        var function = DelegateFunction.Create((int a) => a, "one");
        var error = Assert.Throws<TemplateException>(() => Call(function, 1, 2));
        Assert.Contains("Invalid number of arguments `2` passed to `one` while expecting `1` arguments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_named_arguments_are_errors()
    {
        var function = DelegateFunction.Create((int a, int b = 0) => a + b, "f");
        var unknown = Assert.Throws<TemplateException>(() => CallNamed(function, [1], ("c", 2)));
        Assert.Contains("`c`", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_argument_replaces_the_positional_one_for_the_same_parameter()
    {
        var function = DelegateFunction.Create((string a = "da", string b = "db") => $"{a}/{b}", "f");
        Assert.Equal("override/db", CallNamed(function, ["direct"], ("a", "override")));
        Assert.Equal("direct/nb", CallNamed(function, ["direct"], ("b", "nb")));
    }

    [Fact]
    public void Named_arguments_naming_the_params_array_append_to_it()
    {
        var variadic = DelegateFunction.Create(Join, "g");
        Assert.Equal("a,b,c", CallNamed(variadic, ["a"], ("args", "b"), ("args", "c")));
        Assert.Equal("b,c", CallNamed(variadic, [], ("args", "b"), ("args", "c")));
        Assert.Contains("Expecting one of: args", Assert.Throws<TemplateException>(() => CallNamed(variadic, [], ("zzz", 1))).Message, StringComparison.Ordinal);
    }

    private static string Join(params object?[] args) => string.Join(",", args);

    [Fact]
    public void Unconvertible_arguments_are_errors_at_the_call_site()
    {
        var function = DelegateFunction.Create((int a) => a, "f");
        var error = Assert.Throws<TemplateException>(() => Call(function, "abc"));
        Assert.Equal(Span, error.Span);
        Assert.Contains("Unable to convert type `string` to `int`", error.Message, StringComparison.Ordinal);

        var needsFunction = DelegateFunction.Create((IScriptFunction f) => f, "g");
        Assert.Contains("to `function`", Assert.Throws<TemplateException>(() => Call(needsFunction, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_dates_nullables_and_enums_convert()
    {
        var count = DelegateFunction.Create((IList<object?> list) => list.Count, "f");
        Assert.Equal(3, Call(count, new ScriptRange(1, 3, 1)));

        var date = DelegateFunction.Create((DateTime? d) => d?.Year, "f");
        Assert.Null(Call(date, [null]));
        Assert.Equal(2020, Call(date, new DateTime(2020, 1, 1)));

        var comparison = DelegateFunction.Create((StringComparison c) => c, "f");
        Assert.Equal(StringComparison.OrdinalIgnoreCase, Call(comparison, "ordinalignorecase"));
    }

    [Fact]
    public void Exceptions_thrown_by_the_method_become_template_exceptions()
    {
        var function = DelegateFunction.Create(new Func<int>(() => throw new InvalidOperationException("boom")), "explode");
        var error = Assert.Throws<TemplateException>(() => Call(function));
        Assert.Equal("text(1,15) : error : Error in `explode`: boom", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Default_name_is_the_snake_case_method_name()
    {
        var function = DelegateFunction.Create(new Func<int, int>(AddOne));
        var error = Assert.Throws<TemplateException>(() => Call(function));
        Assert.Contains("`add_one`", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Call(function, 1));
    }

    [Fact]
    public void Instance_method_delegates_keep_their_target()
    {
        var counter = new Counter();
        var function = DelegateFunction.Create(new Func<int, int>(counter.Add), "add");
        Call(function, 2);
        Call(function, 3);
        Assert.Equal(5, counter.Total);
    }

    [Theory]
    [InlineData("RemoveFirst", "remove_first")]
    [InlineData("Base64Encode", "base64_encode")]
    [InlineData("HmacSha256", "hmac_sha256")]
    [InlineData("Slice1", "slice1")]
    [InlineData("HTMLText", "html_text")]
    [InlineData("Md5", "md5")]
    public void Snake_case_naming(string name, string expected) => Assert.Equal(expected, ScriptNaming.ToSnakeCase(name));

    private static int AddOne(int value) => value + 1;

    private static string Variadic(string first, params object?[] rest) => $"{first}:{rest.Length}";

    private sealed class Counter
    {
        public int Total { get; private set; }

        public int Add(int value) => Total += value;
    }
}
