using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class ObjectFunctionsTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);

    [Fact]
    public void Default_replaces_null_and_empty_string_only()
    {
        Assert.Equal("Yo", ObjectFunctions.Default(null, "Yo"));
        Assert.Equal("Yo", ObjectFunctions.Default(string.Empty, "Yo"));
        Assert.Equal(" ", ObjectFunctions.Default(" ", "Yo"));
        Assert.Equal(false, ObjectFunctions.Default(false, "Yo"));
    }

    [Fact]
    public void Keys_values_and_has_key_on_script_and_host_objects()
    {
        var product = new ScriptObject();
        product.SetValue("title", "Orange");
        product.SetValue("type", null);
        Assert.Equal(["title", "type"], ObjectFunctions.Keys(product));
        Assert.Equal(["Orange", null], ObjectFunctions.Values(product));
        Assert.True(ObjectFunctions.HasKey(product, "type"));
        Assert.False(ObjectFunctions.HasValue(product, "type"));
        Assert.True(ObjectFunctions.HasValue(product, "title"));
        Assert.False(ObjectFunctions.HasKey(null, "member"));
        Assert.False(ObjectFunctions.HasKey(product, null));
        Assert.Empty(ObjectFunctions.Keys(null));

        var host = new HostPlan { LegalBases = 3 };
        Assert.Equal(["legal_bases"], ObjectFunctions.Keys(host));
        Assert.True(ObjectFunctions.HasValue(host, "legal_bases"));
    }

    [Fact]
    public void Size_counts_characters_items_and_members()
    {
        Assert.Equal(3, ObjectFunctions.Size("obj"));
        Assert.Equal(2, ObjectFunctions.Size(new ScriptArray([1, 2])));
        Assert.Equal(0, ObjectFunctions.Size(5));
        Assert.Equal(0, ObjectFunctions.Size(null));
    }

    [Fact]
    public void Typeof_and_kind_follow_the_docs()
    {
        object?[] values = [null, true, 1, 1.0, "text", new ScriptRange(1, 5, 1), new ScriptArray([1]), new ScriptObject()];
        Assert.Equal([null, "boolean", "number", "number", "string", "iterator", "array", "object"], values.Select(ObjectFunctions.TypeOf));
        Assert.Equal([null, "bool", "int", "double", "string", "range", "array", "object"], values.Select(ObjectFunctions.Kind));
        Assert.Equal("function", ObjectFunctions.TypeOf(BuiltinModules.Get("string")!["size"]));
    }

    [Fact]
    public void From_json_builds_script_values()
    {
        var value = ObjectFunctions.FromJson(Span, """{ "foo": 123, "big": 12345678901, "pi": 3.5, "list": [true, null, "x"] }""");
        var obj = Assert.IsType<ScriptObject>(value);
        Assert.Equal(123, obj["foo"]);
        Assert.Equal(12345678901L, obj["big"]);
        Assert.Equal(3.5, obj["pi"]);
        Assert.Equal([true, null, "x"], Assert.IsType<ScriptArray>(obj["list"]));
        Assert.Throws<TemplateException>(() => ObjectFunctions.FromJson(Span, "{ nope"));
    }

    [Fact]
    public void To_json_writes_compact_json_and_keeps_vietnamese_letters()
    {
        var context = new TemplateContext();
        var obj = new ScriptObject();
        obj.SetValue("foo", "bar");
        obj.SetValue("baz", new ScriptArray([1, 2, 3]));
        Assert.Equal("""{"foo":"bar","baz":[1,2,3]}""", ObjectFunctions.ToJson(context, obj));
        Assert.Equal("true", ObjectFunctions.ToJson(context, true));
        Assert.Equal("null", ObjectFunctions.ToJson(context, null));
        Assert.Equal("\"Kế hoạch\"", ObjectFunctions.ToJson(context, "Kế hoạch"));
        Assert.Equal("\"\\u003Cb\\u003E\"", ObjectFunctions.ToJson(context, "<b>"));
        Assert.Equal("""{"legal_bases":2}""", ObjectFunctions.ToJson(context, new HostPlan { LegalBases = 2 }));
    }

    [Fact]
    public void Eval_returns_non_string_values_and_calls_functions()
    {
        var context = new TemplateContext();
        Assert.Equal(5, ObjectFunctions.Eval(context, Span, 5));
        var uuid = (IScriptFunction)BuiltinModules.Get("math")!["uuid"]!;
        Assert.IsType<string>(ObjectFunctions.Eval(context, Span, uuid));
    }

    [Fact]
    public void Eval_returns_the_value_of_the_expression()
    {
        var context = new TemplateContext();
        Assert.Equal(3, ObjectFunctions.Eval(context, Span, "1 + 2"));
        Assert.Equal(10, ObjectFunctions.Eval(context, Span, "x = 5; x * 2"));
        Assert.Equal(true, ObjectFunctions.Eval(context, Span, "[1, 2] | array.contains 2"));
        Assert.Null(ObjectFunctions.Eval(context, Span, "y = 1"));
        Assert.Equal("4", Template.Parse("{{ '1 + 2' | object.eval + 1 }}").Render(new TemplateContext()));
    }

    [Fact]
    public void Eval_template_returns_the_output_as_text()
    {
        Assert.Equal("a 3", ObjectFunctions.EvalTemplate(new TemplateContext(), Span, "a {{ 1 + 2 }}"));
    }

    private sealed class HostPlan
    {
        public int LegalBases { get; init; }
    }
}
