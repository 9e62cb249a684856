using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

/// <summary>A few examples of shared/scriban/site-docs/builtins, rendered through the whole engine.</summary>
public sealed class DocsExamplesEndToEndTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "{{ \"hello\" | string.slice 0 }}\n{{ \"hello\" | string.slice 1 }}\n{{ \"hello\" | string.slice 1 3 }}\n{{ \"hello\" | string.slice 1 length:3 }}", "hello\nello\nell\nell" },
        { "{{ products.size }} {{products.size | string.pluralize 'product' 'products' }}", "7 products" },
        { "{{ \"123\" | string.to_int + 1 }}", "124" },
        { "{{ \"123.4\" | string.to_float + 1 }}", "124.4" },
        { "{{ [\" hello\", \" world\", \"20\"] | array.any @string.contains \"20\"}}\n{{ [\" hello\", \" world\", \"20\"] | array.any @string.contains \"30\"}}", "true\nfalse" },
        { "{{ [\" a\", \" 5\", \"6 \"] | array.each @string.strip }}", "[\"a\", \"5\", \"6\"]" },
        { "{{ [4, 5, 6, 7, 8] | array.remove_at (-1) }}", "[4, 5, 6, 7]" },
        { "{{\nproducts = [{title: \"orange\", type: \"fruit\"}, {title: \"computer\", type: \"electronics\"}, {title: \"sofa\", type: \"furniture\"}]\nproducts | array.sort \"title\" | array.map \"title\"\n}}", "[\"computer\", \"orange\", \"sofa\"]" },
        { "{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}", "one\ntwo\nthree\none" },
        { "{{ 8.4 | math.divided_by 2.0 | math.round 1 }}\n{{ 8.4 | math.divided_by 2 }}", "4.2\n4" },
        { "{{ 255 | object.format \"X4\" }}\n{{ 1523 | object.format \"N2\" \"en-US\" }}", "00FF\n1,523.00" },
        { "{{ product | object.values | array.sort }}", "[\"fruit\", \"Orange\"]" },
        { "{{ \"1 + 2\" | object.eval }}", "3" },
        { "{{ \"This is a template text {{ 1 + 2 }}\" | object.eval_template }}", "This is a template text 3" },
        { "{{\n   obj = `{ \"foo\": 123 }` | object.from_json\n   obj.foo\n}}", "123" },
        { "{{ { foo: \"bar\", baz: [1, 2, 3] } | object.to_json }}\n{{ true | object.to_json }}\n{{ null | object.to_json }}", "{\"foo\":\"bar\",\"baz\":[1,2,3]}\ntrue\nnull" },
        { "{{ date.parse '2016/01/05' | date.add_months 1 }}", "05 Feb 2016" },
        { "{{ \"03 14, 2016\" | date.parse_to_string \"%b %d, %y\" input_pattern: \"%m %d, %Y\" }}", "Mar 14, 16" },
        { "{{ \"this is a text123\" | regex.matches `(\\w+)` }}", "[[\"this\", \"this\"], [\"is\", \"is\"], [\"a\", \"a\"], [\"text123\", \"text123\"]]" },
        { "{{ \"<p>This is a paragraph</p>\" | html.strip }}", "This is a paragraph" },
        { "{{ (timespan.from_days 5).days }}", "5" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Docs_example_renders_as_documented(string input, string expected)
    {
        var template = Template.Parse(input);
        Assert.False(template.HasErrors, template.FormatErrors());
        Assert.Equal(expected, template.Render(NewContext()));
    }

    [Fact]
    public void Date_now_follows_the_context_clock()
    {
        var context = NewContext();
        context.TimeProvider = new FixedClock(new DateTimeOffset(2031, 7, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal("2031 2031", Template.Parse("{{ date.now.year }} {{ date.utc_now.year }}").Render(context));
    }

    [Fact]
    public void Wrong_argument_count_is_reported_at_the_call()
    {
        var error = Assert.Throws<TemplateException>(() => Template.Parse("{{ array.cycle }}").Render(NewContext()));
        Assert.EndsWith("Invalid number of arguments `0` passed to `array.cycle` while expecting `1` arguments", error.Message, StringComparison.Ordinal);
    }

    private static TemplateContext NewContext()
    {
        var context = new TemplateContext();
        context.Globals.SetValue("product", Item("Orange", "fruit"));
        var products = new ScriptArray();
        foreach (var (title, type) in new[] { ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"), ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture") })
        {
            products.Add(Item(title, type));
        }

        context.Globals.SetValue("products", products);
        return context;
    }

    private static ScriptObject Item(string title, string type)
    {
        var item = new ScriptObject();
        item.SetValue("title", title);
        item.SetValue("type", type);
        return item;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
