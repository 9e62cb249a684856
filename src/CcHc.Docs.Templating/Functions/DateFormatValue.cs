using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// <c>date.format</c>: the pattern used to print dates and the default of <c>date.to_string</c>, kept per context
/// (<see cref="TemplateContext.DateFormat"/>). Assigning null restores <c>date.default_format</c>.
/// </summary>
internal sealed class DateFormatValue : ContextValue
{
    public static readonly DateFormatValue Instance = new();

    private DateFormatValue()
    {
    }

    /// <inheritdoc/>
    public override object? Get(TemplateContext context) => context.DateFormat ?? StrftimeFormatter.DefaultPattern;

    /// <inheritdoc/>
    public override void Set(TemplateContext context, object? value, SourceSpan span)
    {
        var pattern = value is null ? null : context.ToText(value);
        context.DateFormat = string.IsNullOrEmpty(pattern) || pattern == StrftimeFormatter.DefaultPattern ? null : pattern;
    }
}
