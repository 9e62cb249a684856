using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>Supplies the text of templates named by <c>include</c>.</summary>
public interface ITemplateLoader
{
    /// <summary>
    /// Returns the text of the template <paramref name="templateName"/>, or null when it does not exist.
    /// <paramref name="callSite"/> is where the include was written (for messages).
    /// </summary>
    string? Load(TemplateContext context, SourceSpan callSite, string templateName);
}
