namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// A member of a shared, frozen module whose value belongs to each render: reading it reads the
/// <see cref="TemplateContext"/>, assigning it writes the context (e.g. <c>date.format = "%Y"</c>).
/// Keeps the built-in modules shared across contexts while such settings stay per render.
/// </summary>
internal abstract class ContextValue
{
    /// <summary>The value for <paramref name="context"/>.</summary>
    public abstract object? Get(TemplateContext context);

    /// <summary>Stores <paramref name="value"/> in <paramref name="context"/>; errors at <paramref name="span"/>.</summary>
    public abstract void Set(TemplateContext context, object? value, SourceSpan span);
}
