using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Engine;

internal static class EngineTestHelpers
{
    public static string Render(string text, Action<TemplateContext>? configure = null)
    {
        var template = Template.Parse(text, "t");
        Assert.False(template.HasErrors, template.FormatErrors());
        var context = new TemplateContext();
        configure?.Invoke(context);
        return template.Render(context);
    }

    public static TemplateException RenderError(string text, Action<TemplateContext>? configure = null)
    {
        var template = Template.Parse(text, "t");
        Assert.False(template.HasErrors, template.FormatErrors());
        var context = new TemplateContext();
        configure?.Invoke(context);
        return Assert.Throws<TemplateException>(() => template.Render(context));
    }

    public sealed class DictionaryLoader(Dictionary<string, string> templates) : ITemplateLoader
    {
        public string? Load(TemplateContext context, SourceSpan callSite, string templateName) =>
            templates.TryGetValue(templateName, out var text) ? text : null;
    }
}
