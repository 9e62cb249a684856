using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>Render state owned by the built-in functions (clock, <c>array.cycle</c> positions, <c>date.format</c>).</summary>
public sealed partial class TemplateContext
{
    private Dictionary<string, int>? _cyclePositions;

    /// <summary>
    /// The clock of <c>date.now</c> and <c>date.utc_now</c>. Default <see cref="TimeProvider.System"/>;
    /// set a fixed provider to render dates deterministically (tests, reproducible documents).
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The pattern set by <c>date.format = …</c> (null: <c>date.default_format</c>, <c>%d %b %Y</c>).</summary>
    internal string? DateFormat;

    /// <summary>The <c>array.cycle</c> positions of this render, by cycle group.</summary>
    internal Dictionary<string, int> CyclePositions => _cyclePositions ??= new Dictionary<string, int>(StringComparer.Ordinal);

    static partial void RegisterBuiltinsCore(ScriptObject globals) => BuiltinModules.Register(globals);
}
