using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Conformance;

/// <summary>Renders one case the way the reference runner does: fixed model, in-memory loader, errors as text.</summary>
internal static class Runner
{
    public static string Run(ConformanceCase testCase)
    {
        var language = testCase.Name.Contains("scientific", StringComparison.Ordinal) ? TemplateLanguage.Scientific : TemplateLanguage.Scriban;
        var template = Template.Parse(testCase.Template, "text", language);
        if (template.HasErrors)
        {
            return template.FormatErrors();
        }

        var context = CreateContext();
        try
        {
            return template.Render(context);
        }
        catch (TemplateException ex)
        {
            return ex.Message;
        }
        catch (Exception ex)
        {
            return "UNEXPECTED " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static TemplateContext CreateContext()
    {
        var context = new TemplateContext { TemplateLoader = new CorpusLoader() };
        var globals = context.Globals;
        globals.SetValue("page", Obj(("title", "This is a title")));
        globals.SetValue("user", Obj(("name", "John")));
        globals.SetValue("product", Obj(("title", "Orange"), ("type", "fruit")));
        var products = new ScriptArray();
        foreach (var (title, type) in new[]
                 {
                     ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"),
                     ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture"),
                 })
        {
            products.Add(Obj(("title", title), ("type", type)));
        }

        globals.SetValue("products", products);
        globals.Import("special_concat_strings", SpecialConcatStrings);
        globals.Import("special_concat_params", SpecialConcatParams);
        globals.Import("special_concat_string_and_params", SpecialConcatStringAndParams);
        return context;
    }

    private static string SpecialConcatStrings(string a = "default_a", string b = "default_b", string c = "default_c") =>
        $"a: {a}, b: {b}, c: {c}";

    private static string SpecialConcatParams(params object?[] args) =>
        string.Join(", ", args.Select((v, i) => $"v{i}: {v}"));

    private static string SpecialConcatStringAndParams(string a, params object?[] args) =>
        $"a: {a}, " + string.Join(", ", args.Select((v, i) => $"v{i}: {v}"));

    private static ScriptObject Obj(params (string Name, object? Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (name, value) in members)
        {
            obj.SetValue(name, value);
        }

        return obj;
    }

    private sealed class CorpusLoader : ITemplateLoader
    {
        public string? Load(TemplateContext context, SourceSpan callSite, string templateName) => templateName switch
        {
            "header" => "This is a header",
            "body" => "This is a body",
            "product" => "{{ product.title }}",
            "arguments" => "{{ $1 }} + {{ $2 }}",
            _ => templateName,
        };
    }
}
