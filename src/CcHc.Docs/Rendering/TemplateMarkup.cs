namespace CcHc.Docs.Rendering;

/// <summary>
/// Text that is already document markup, printed by a template as it is. Every other value a template prints is
/// XML-escaped; return this from a function of your own that builds markup (see <see cref="PlanRendererOptions.Globals"/>).
/// </summary>
public sealed class TemplateMarkup
{
    /// <summary>Wraps markup text; it must be well-formed where it lands, the parser checks it afterwards.</summary>
    public TemplateMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    internal TemplateMarkup(string text, TemplateSourceMap? map)
        : this(text)
    {
        Map = map;
    }

    /// <summary>The markup.</summary>
    public string Text { get; }

    /// <summary>Where each part of the text came from, when the renderer records it to locate a markup error.</summary>
    internal TemplateSourceMap? Map { get; }

    /// <summary>The markup text.</summary>
    public override string ToString() => Text;
}
