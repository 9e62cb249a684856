using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class BuiltinModulesTests
{
    // The member lists of corpus file 400-builtins/400-builtins.out.txt.
    public static TheoryData<string, string> ExpectedMembers => new()
    {
        { "array", "add add_range any compact concat contains cycle each filter first insert_at join last limit map offset remove_at reverse size sort uniq" },
        { "math", "abs ceil divided_by floor format is_number minus modulo plus random round times uuid" },
        { "string", "append base64_decode base64_encode capitalize capitalizewords contains downcase empty ends_with equals_ignore_case escape handleize hmac_sha1 hmac_sha256 hmac_sha512 index_of literal lstrip md5 pad_left pad_right pluralize prepend remove remove_first remove_last replace replace_first rstrip sha1 sha256 sha512 size slice slice1 split starts_with strip strip_newlines to_double to_float to_int to_long truncate truncatewords upcase whitespace" },
        { "date", "add_days add_hours add_milliseconds add_minutes add_months add_seconds add_years default_format format now parse parse_to_string to_string utc_now" },
        { "timespan", "from_days from_hours from_milliseconds from_minutes from_seconds parse zero" },
        { "object", "default eval eval_template format from_json has_key has_value keys kind size to_json typeof values" },
        { "regex", "escape match matches replace split unescape" },
        { "html", "escape newline_to_br strip url_encode url_escape" },
    };

    [Theory]
    [MemberData(nameof(ExpectedMembers))]
    public void Modules_have_exactly_the_corpus_members(string module, string members)
    {
        var names = BuiltinModules.Get(module)!.Keys.Order(StringComparer.Ordinal);
        Assert.Equal(members.Split(' '), names);
    }

    [Fact]
    public void Register_adds_shared_frozen_read_only_modules()
    {
        var first = new ScriptObject();
        var second = new ScriptObject();
        BuiltinModules.Register(first);
        BuiltinModules.Register(second);
        Assert.Equal(BuiltinModules.Names, first.Keys);
        Assert.Same(first["string"], second["string"]);
        Assert.True(first.IsReadOnly("string"));
        Assert.True(((ScriptObject)first["date"]!).IsFrozen);
    }

    [Fact]
    public void A_new_context_holds_the_modules()
    {
        var context = new TemplateContext();
        Assert.IsType<ScriptObject>(context.Globals["array"]);
        Assert.Equal("%d %b %Y", BuiltinModules.Get("date")!["default_format"]);
        Assert.Equal(TimeSpan.Zero, BuiltinModules.Get("timespan")!["zero"]);
    }

    [Fact]
    public void Every_module_function_can_be_called_through_the_binder()
    {
        var context = new TemplateContext();
        var span = new SourceSpan("text", 1, 1);
        var upcase = (IScriptFunction)BuiltinModules.Get("string")!["upcase"]!;
        Assert.Equal("TEST", upcase.Invoke(context, span, ["test"]));
        var slice = (IScriptFunction)BuiltinModules.Get("string")!["slice"]!;
        var named = new ScriptArguments(["hello", 1], [new KeyValuePair<string, object?>("length", 3)]);
        Assert.Equal("ell", slice.Invoke(context, span, named));
        var parseToString = (IScriptFunction)BuiltinModules.Get("date")!["parse_to_string"]!;
        var withInput = new ScriptArguments(["03 14, 2016", "%b %d, %y"], [new KeyValuePair<string, object?>("input_pattern", "%m %d, %Y")]);
        Assert.Equal("Mar 14, 16", parseToString.Invoke(context, span, withInput));
    }
}
