using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class ArrayFunctionsTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);

    private static ScriptArray List(params object?[] items) => new(items);

    [Fact]
    public void Add_and_add_range_return_new_lists()
    {
        var input = List(1, 2, 3);
        Assert.Equal([1, 2, 3, 4], ArrayFunctions.Add(input, 4));
        Assert.Equal(3, input.Count);
        Assert.Equal([1, 2, 3, 4, 5], ArrayFunctions.AddRange(input, List(4, 5)));
        Assert.Equal([5], ArrayFunctions.Add(null, 5));
        Assert.Equal([5], ArrayFunctions.AddRange(null, List(5)));
        Assert.Equal([5], ArrayFunctions.AddRange(List(5), null));
    }

    [Fact]
    public void Compact_and_concat_handle_null()
    {
        Assert.Equal([1, 3], ArrayFunctions.Compact(List(1, null, 3))!);
        Assert.Null(ArrayFunctions.Compact(null));
        Assert.Equal([1, 2, 3, 5, 6], ArrayFunctions.Concat(List(1, 2, 3), List(5, 6))!);
        Assert.Equal([5, 6], ArrayFunctions.Concat(null, List(5, 6))!);
        Assert.Null(ArrayFunctions.Concat(null, null));
    }

    [Fact]
    public void Cycle_keeps_one_position_per_list_or_group_and_per_context()
    {
        var context = new TemplateContext();
        var abc = List("a", "b", "c");
        var output = string.Concat(Enumerable.Range(0, 5).Select(_ => ArrayFunctions.Cycle(context, abc)));
        Assert.Equal("abcab", output);
        Assert.Equal("d", ArrayFunctions.Cycle(context, List("d", "e"), "g1"));
        Assert.Equal("e", ArrayFunctions.Cycle(context, List("x", "e"), "g1"));
        Assert.Null(ArrayFunctions.Cycle(context, List()));
        Assert.Null(ArrayFunctions.Cycle(context, null));
        Assert.Equal("a", ArrayFunctions.Cycle(new TemplateContext(), abc));
    }

    [Fact]
    public void First_last_size_and_contains()
    {
        Assert.Equal(4, ArrayFunctions.First(List(4, 5, 6)));
        Assert.Equal(6, ArrayFunctions.Last(List(4, 5, 6)));
        Assert.Null(ArrayFunctions.First(null));
        Assert.Null(ArrayFunctions.Last(List()));
        Assert.Equal(3, ArrayFunctions.Size(List(4, 5, 6)));
        Assert.Equal(0, ArrayFunctions.Size(null));
        Assert.Equal(3, ArrayFunctions.Size(new ScriptRange(2, 3, 1)));
        Assert.True(ArrayFunctions.Contains(List(1, 2, 3, 4), 4));
        Assert.True(ArrayFunctions.Contains(List(1, 2), 2L));
        Assert.False(ArrayFunctions.Contains(null, 4));
    }

    [Fact]
    public void Insert_and_remove_at_accept_negative_indexes()
    {
        Assert.Equal(["a", "b", "Yo", "c"], ArrayFunctions.InsertAt(List("a", "b", "c"), 2, "Yo"));
        Assert.Equal([5], ArrayFunctions.InsertAt(null, -1, 5));
        Assert.Equal([null, 5], ArrayFunctions.InsertAt(null, 1, 5));
        Assert.Equal([4, 5, 7, 8], ArrayFunctions.RemoveAt(List(4, 5, 6, 7, 8), 2));
        Assert.Equal([4, 5, 6, 7], ArrayFunctions.RemoveAt(List(4, 5, 6, 7, 8), -1));
        Assert.Equal([4], ArrayFunctions.RemoveAt(List(4), 9));
        Assert.Empty(ArrayFunctions.RemoveAt(null, 0));
    }

    [Fact]
    public void Limit_and_offset_clamp()
    {
        Assert.Equal([4, 5], ArrayFunctions.Limit(List(4, 5, 6), 2)!);
        Assert.Empty(ArrayFunctions.Limit(List(4, 5, 6), 0)!);
        Assert.Equal([6, 7, 8], ArrayFunctions.Offset(List(4, 5, 6, 7, 8), 2)!);
        Assert.Equal([1, 2], ArrayFunctions.Offset(List(1, 2), -10)!);
        Assert.Empty(ArrayFunctions.Offset(List(1, 2), 10)!);
        Assert.Null(ArrayFunctions.Offset(null, 2));
    }

    [Fact]
    public void Join_uses_item_text_and_optional_function()
    {
        var context = new TemplateContext();
        Assert.Equal("1|2|3", ArrayFunctions.Join(context, Span, List(1, 2, 3), "|"));
        var literal = BuiltinModules.Get("string")!["literal"] as IScriptFunction;
        Assert.Equal("\"1\", \"2\", \"3\"", ArrayFunctions.Join(context, Span, List(1, 2, 3), ", ", literal));
        Assert.Equal(string.Empty, ArrayFunctions.Join(context, Span, null, ","));
    }

    [Fact]
    public void Map_sort_and_uniq_work_on_members()
    {
        var context = new TemplateContext();
        var products = List(Product("orange", "fruit"), Product("computer", "electronics"), Product("sofa", "furniture"));
        var types = ArrayFunctions.Sort(context, ArrayFunctions.Uniq(ArrayFunctions.Map(products, "type")));
        Assert.Equal(["electronics", "fruit", "furniture"], types);
        var titles = ArrayFunctions.Map(ArrayFunctions.Sort(context, products, "title"), "title");
        Assert.Equal(["computer", "orange", "sofa"], titles);
        Assert.Empty(ArrayFunctions.Map(null, "name"));
    }

    [Fact]
    public void Sort_orders_numbers_by_value_and_strings_by_culture_and_is_stable()
    {
        var context = new TemplateContext();
        Assert.Equal([2, 6, 10], ArrayFunctions.Sort(context, List(10, 2, 6)));
        Assert.Equal([1, 2.5, 3L], ArrayFunctions.Sort(context, List(3L, 2.5, 1)));
        Assert.Equal(["fruit", "Orange"], ArrayFunctions.Sort(context, List("Orange", "fruit")));
        Assert.Equal([5], ArrayFunctions.Sort(context, 5));
        Assert.Empty(ArrayFunctions.Sort(context, null));

        var first = Keyed(1, "first");
        var second = Keyed(1, "second");
        var sorted = ArrayFunctions.Sort(context, List(Keyed(2, "x"), first, second), "id");
        Assert.Same(first, sorted[0]);
        Assert.Same(second, sorted[1]);
    }

    [Fact]
    public void Sort_falls_back_to_dotted_member_paths()
    {
        var context = new TemplateContext();
        var b = Nested("b");
        var a = Nested("a");
        Assert.Equal([a, b], ArrayFunctions.Sort(context, List(b, a), "info.name"));
    }

    [Fact]
    public void Reverse_and_uniq()
    {
        Assert.Equal([7, 6, 5, 4], ArrayFunctions.Reverse(List(4, 5, 6, 7)));
        Assert.Empty(ArrayFunctions.Reverse(null));
        Assert.Equal([1, 4, 5, 8], ArrayFunctions.Uniq(List(1, 1, 4, 5, 8, 8))!);
        Assert.Null(ArrayFunctions.Uniq(null));
    }

    [Fact]
    public void Each_filter_and_any_call_functions()
    {
        var context = new TemplateContext();
        var strip = (IScriptFunction)BuiltinModules.Get("string")!["strip"]!;
        var empty = (IScriptFunction)BuiltinModules.Get("string")!["empty"]!;
        var contains = (IScriptFunction)BuiltinModules.Get("string")!["contains"]!;
        Assert.Equal(["a", "5", "6"], ArrayFunctions.Each(context, Span, List(" a", " 5", "6 "), strip));
        Assert.Equal(["", ""], ArrayFunctions.Filter(context, Span, List("", "200", "", "400"), empty));
        Assert.True(ArrayFunctions.Any(context, Span, List(" hello", " world", "20"), contains, "20"));
        Assert.False(ArrayFunctions.Any(context, Span, List(" hello", " world", "20"), contains, "30"));
    }

    private static ScriptObject Product(string title, string type)
    {
        var product = new ScriptObject();
        product.SetValue("title", title);
        product.SetValue("type", type);
        return product;
    }

    private static ScriptObject Keyed(int id, string name)
    {
        var item = new ScriptObject();
        item.SetValue("id", id);
        item.SetValue("name", name);
        return item;
    }

    private static ScriptObject Nested(string name)
    {
        var info = new ScriptObject();
        info.SetValue("name", name);
        var item = new ScriptObject();
        item.SetValue("info", info);
        return item;
    }
}
