using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>Render state (internal): output, scopes, call depth and control flow.</summary>
public sealed partial class TemplateContext
{
    private List<SourceMapEntry>? _sourceMap;

    internal int CallDepth;

    internal StringBuilder Output { get; set; } = null!;

    private void InitializeRuntime()
    {
        Output = new StringBuilder();
    }

    /// <summary>
    /// After a render with <see cref="RecordSourceMap"/> on: the template location that wrote the output
    /// character at <paramref name="outputOffset"/>, or null when unknown.
    /// </summary>
    public SourceSpan? FindSourceSpan(int outputOffset)
    {
        if (_sourceMap is null || _sourceMap.Count == 0 || outputOffset < 0)
        {
            return null;
        }

        var lo = 0;
        var hi = _sourceMap.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_sourceMap[mid].OutputOffset <= outputOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : _sourceMap[found].Span;
    }

    internal void RecordChunk(int outputOffset, SourceSpan span)
    {
        var map = _sourceMap ??= new List<SourceMapEntry>();
        if (map.Count > 0 && map[^1].OutputOffset == outputOffset)
        {
            map[^1] = new SourceMapEntry(outputOffset, span);
            return;
        }

        map.Add(new SourceMapEntry(outputOffset, span));
    }

    internal object? Invoke(IScriptFunction function, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        if (++CallDepth > Limits.RecursionLimit && Limits.RecursionLimit > 0)
        {
            CallDepth--;
            throw new TemplateException(callSite, $"Exceeding number of recursive depth limit `{Limits.RecursionLimit}` for node: `{callSite.Name}`");
        }

        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            return function.Invoke(this, callSite, arguments);
        }
        finally
        {
            CallDepth--;
        }
    }

    private readonly record struct SourceMapEntry(int OutputOffset, SourceSpan Span);
}
