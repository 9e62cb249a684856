namespace CcHc.Docs.Templating;

/// <summary>The syntax a template is parsed with.</summary>
public enum TemplateLanguage
{
    /// <summary>The Scriban language (default): <c>|</c> is the pipe.</summary>
    Scriban,

    /// <summary>
    /// The part of Scriban's scientific mode we support: <c>|</c> and <c>&amp;</c> are binary operators (bitwise on
    /// integers, union and intersection on arrays) instead of the pipe. Nothing else changes.
    /// </summary>
    Scientific,
}
