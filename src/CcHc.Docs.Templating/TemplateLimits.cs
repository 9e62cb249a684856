namespace CcHc.Docs.Templating;

/// <summary>Safety limits applied while parsing and rendering. Zero or negative means "no limit" except for the regex timeout.</summary>
public sealed class TemplateLimits
{
    /// <summary>Maximum iterations of one loop (and items of one range). Default 1000, as Scriban.</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Maximum depth of nested function calls and includes. Default 100.</summary>
    public int RecursionLimit { get; set; } = 100;

    /// <summary>Maximum length of the output in characters; exceeding it is an error. Default 64 Mi characters.</summary>
    public int OutputLimit { get; set; } = 64 * 1024 * 1024;

    /// <summary>Maximum nesting depth of expressions and statements in the parser. Default 200.</summary>
    public int ExpressionDepthLimit { get; set; } = 200;

    /// <summary>Timeout of each regular-expression operation in the regex built-ins. Default 1 second.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Creates a copy of these limits.</summary>
    public TemplateLimits Clone() => (TemplateLimits)MemberwiseClone();
}
