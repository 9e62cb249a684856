using System.Globalization;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>
/// Everything one render needs and every piece of mutable render state: globals, include loader,
/// culture, limits, output encoder and the output itself. Use one context per render (contexts are
/// not thread-safe); a parsed <see cref="Template"/> can be rendered with many contexts at once.
/// </summary>
/// <remarks>
/// Runtime value representation (what built-ins and host functions receive and may return):
/// <list type="bullet">
/// <item>null is <c>null</c>; booleans are <see cref="bool"/>; strings are <see cref="string"/>.</item>
/// <item>Integer literals are <see cref="int"/>, or <see cref="long"/> when they do not fit an int, or
/// <see cref="System.Numerics.BigInteger"/> when they do not fit a long. Integer arithmetic stays int and
/// widens to long (then BigInteger) on overflow. <c>123u</c> is <see cref="uint"/>.</item>
/// <item>Floating literals (<c>2.5</c>) are <see cref="double"/>; <c>2.5f</c> is <see cref="float"/>,
/// <c>2.5m</c> is <see cref="decimal"/>. Decimal from the host is kept as decimal and prints as such.</item>
/// <item>Array literals are <see cref="ScriptArray"/>; any <see cref="System.Collections.IList"/> or
/// <see cref="System.Collections.IEnumerable"/> from the host is accepted where a list is expected.</item>
/// <item>Object literals are <see cref="ScriptObject"/>; any <c>IDictionary&lt;string, object?&gt;</c>,
/// <see cref="System.Collections.IDictionary"/> or plain .NET object (public instance properties and
/// fields, renamed to snake_case) from the host is accepted where an object is expected.</item>
/// <item>Ranges <c>1..3</c> are <see cref="ScriptRange"/> (a read-only list of int).</item>
/// <item>Dates are <see cref="DateTime"/>; durations are <see cref="TimeSpan"/>.</item>
/// <item>Functions are <see cref="IScriptFunction"/>.</item>
/// <item>Markup that must not be encoded is <see cref="EncodedText"/>; <see cref="ToText"/> returns its value.</item>
/// </list>
/// </remarks>
public sealed partial class TemplateContext
{
    /// <summary>Creates a context whose globals hold the built-in modules.</summary>
    public TemplateContext()
        : this(registerBuiltins: true)
    {
    }

    /// <summary>Creates a context; with <paramref name="registerBuiltins"/> false the globals start empty.</summary>
    public TemplateContext(bool registerBuiltins)
    {
        Globals = new ScriptObject();
        if (registerBuiltins)
        {
            RegisterBuiltins(Globals);

            // Templates may shadow a module name (`string = null` is allowed); the modules themselves stay frozen.
            foreach (var name in Functions.BuiltinModules.Names)
            {
                Globals.SetReadOnly(name, false);
            }
        }

        Globals.SetValue("include", IncludeFunction.Instance);
        InitializeRuntime();
    }

    /// <summary>Culture used to format and parse numbers and dates. Default invariant.</summary>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>The global variables visible to templates (built-in modules included).</summary>
    public ScriptObject Globals { get; }

    /// <summary>Loads templates named by <c>include</c>; null makes <c>include</c> an error.</summary>
    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>Safety limits (loops, recursion, output length, nesting, regex timeout).</summary>
    public TemplateLimits Limits { get; set; } = new();

    /// <summary>Checked during loops and function calls; cancellation stops the render with an <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>When true, reading an undefined variable is an error naming it and its location.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>
    /// Applied to the text of every value a <c>{{ }}</c> block prints (never to template text, never to
    /// <see cref="EncodedText"/>, include output or captured blocks). Null means no encoding.
    /// </summary>
    public Func<string, string>? OutputEncoder { get; set; }

    /// <summary>New line written by the engine (auto-indent, text). Default "\n".</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>When true, the render records which template location wrote each output chunk; see <see cref="FindSourceSpan"/>.</summary>
    public bool RecordSourceMap { get; set; }

    /// <summary>Converts any value to the text Scriban prints for it (null → "", true → "true", numbers in <see cref="Culture"/>, arrays as <c>[1, 2]</c>).</summary>
    public string ToText(object? value) => ValueFormatter.ToText(this, value);

    /// <summary>Calls a script function from a built-in (e.g. <c>array.each</c>), applying the recursion limit.</summary>
    public object? Call(IScriptFunction function, SourceSpan callSite, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Invoke(function, callSite, arguments);
    }

    static partial void RegisterBuiltinsCore(ScriptObject globals);

    private static void RegisterBuiltins(ScriptObject globals) => RegisterBuiltinsCore(globals);
}
