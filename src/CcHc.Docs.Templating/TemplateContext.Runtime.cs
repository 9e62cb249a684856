using System.Runtime.CompilerServices;
using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating;

/// <summary>Render state (internal): output, scopes, call depth and control flow.</summary>
public sealed partial class TemplateContext
{
    private List<SourceMapEntry>? _sourceMap;
    private string? _mappedOutput;
    private readonly List<ScriptObject> _objectScopes = new(4);
    private readonly List<FunctionFrame> _frames = new(8);
    private LoopFrame[] _loops = new LoopFrame[8];
    private int _loopCount;
    private Stack<StringBuilder>? _captures;
    private Stack<List<SourceMapEntry>?>? _captureMaps;
    private ConditionalWeakTable<string, List<SourceMapEntry>>? _capturedMaps;
    private Dictionary<string, Template>? _includeCache;

    internal int CallDepth;
    internal ControlFlow Flow;
    internal object? ReturnValue;

    internal StringBuilder Output { get; private set; } = null!;

    internal string? CurrentIndent;

    private void InitializeRuntime()
    {
        Output = new StringBuilder(1024);
        _objectScopes.Add(Globals);
        _frames.Add(new FunctionFrame());
    }

    /// <summary>The text written by the last render (used by <see cref="Template.Render(TemplateContext)"/>).</summary>
    internal string TakeOutput()
    {
        var text = Output.ToString();
        Output.Clear();
        _mappedOutput = RecordSourceMap ? text : null;
        return text;
    }

    internal void ResetForRender()
    {
        Flow = ControlFlow.None;
        ReturnValue = null;
        _sourceMap?.Clear();
        _capturedMaps = null;
    }

    internal ScriptObject CurrentScope => _objectScopes[^1];

    internal FunctionFrame CurrentFrame => _frames[^1];

    internal int LoopCount => _loopCount;

    internal void PushScope(ScriptObject scope) => _objectScopes.Add(scope);

    internal void PopScope() => _objectScopes.RemoveAt(_objectScopes.Count - 1);

    internal void PushFrame(FunctionFrame frame)
    {
        frame.LoopBase = _loopCount;
        _frames.Add(frame);
    }

    internal void PopFrame() => _frames.RemoveAt(_frames.Count - 1);

    internal ref LoopFrame PushLoop(string name, LoopState state)
    {
        if (_loopCount == _loops.Length)
        {
            Array.Resize(ref _loops, _loops.Length * 2);
        }

        ref var frame = ref _loops[_loopCount++];
        frame.Name = name;
        frame.Value = null;
        frame.State = state;
        return ref frame;
    }

    internal ref LoopFrame TopLoop => ref _loops[_loopCount - 1];

    internal void PopLoop()
    {
        _loopCount--;
        _loops[_loopCount] = default;
    }

    /// <summary>Innermost active loop object of the given kind (for/while), or null.</summary>
    internal LoopState? FindLoopState(bool isWhile)
    {
        var limit = CurrentFrame.LoopBase;
        for (var i = _loopCount - 1; i >= limit; i--)
        {
            if (_loops[i].State.IsWhile == isWhile)
            {
                return _loops[i].State;
            }
        }

        return null;
    }

    /// <summary>Reads a variable. Returns false when not defined anywhere.</summary>
    internal bool TryGetVariable(string name, bool isLocal, out object? value)
    {
        var frame = _frames[^1];
        if (isLocal)
        {
            for (var i = _loopCount - 1; i >= frame.LoopBase; i--)
            {
                if (ReferenceEquals(_loops[i].Name, name) || _loops[i].Name == name)
                {
                    value = _loops[i].Value;
                    return true;
                }
            }

            if (frame.Locals is not null && frame.Locals.TryGetValue(name, out value))
            {
                return true;
            }

            value = null;
            return false;
        }

        for (var f = _frames.Count - 1; f >= 0; f--)
        {
            var current = _frames[f];
            if (current.Parameters is not null && current.Parameters.TryGetValue(name, out value))
            {
                return true;
            }

            if (!current.InheritsScope)
            {
                break;
            }
        }

        for (var i = _loopCount - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_loops[i].Name, name) || _loops[i].Name == name)
            {
                value = _loops[i].Value;
                return true;
            }
        }

        for (var i = _objectScopes.Count - 1; i >= 0; i--)
        {
            if (_objectScopes[i].TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Assigns a variable following Scriban's scoping rules.</summary>
    internal void SetVariable(string name, bool isLocal, object? value, SourceSpan span)
    {
        var frame = _frames[^1];
        if (isLocal)
        {
            for (var i = _loopCount - 1; i >= frame.LoopBase; i--)
            {
                if (_loops[i].Name == name)
                {
                    _loops[i].Value = value;
                    return;
                }
            }

            (frame.Locals ??= new ScriptObject()).SetValue(name, value);
            return;
        }

        for (var i = _loopCount - 1; i >= 0; i--)
        {
            if (_loops[i].Name == name)
            {
                _loops[i].Value = value;
                return;
            }
        }

        if (frame.Parameters is not null)
        {
            if (frame.Parameters.ContainsKey(name) || !ExistsInObjectScopes(name))
            {
                frame.Parameters.SetValue(name, value);
                return;
            }
        }

        var scope = _objectScopes[^1];
        if (scope.IsReadOnly(name))
        {
            throw new TemplateException(span, $"Cannot set the readonly variable `{name}`");
        }

        scope.SetValue(name, value);
    }

    private bool ExistsInObjectScopes(string name)
    {
        for (var i = _objectScopes.Count - 1; i >= 0; i--)
        {
            if (_objectScopes[i].ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    internal void PushCapture()
    {
        (_captures ??= new Stack<StringBuilder>()).Push(Output);
        (_captureMaps ??= new Stack<List<SourceMapEntry>?>()).Push(RecordSourceMap ? new List<SourceMapEntry>() : null);
        Output = new StringBuilder();
    }

    internal string PopCapture()
    {
        var text = Output.ToString();
        Output = _captures!.Pop();
        if (_captureMaps!.Pop() is { Count: > 0 } map)
        {
            // Remember where the captured text came from, so that writing it later (include output,
            // a captured variable) maps its characters to the template lines that produced them.
            (_capturedMaps ??= new ConditionalWeakTable<string, List<SourceMapEntry>>()).AddOrUpdate(text, map);
        }

        return text;
    }

    internal Dictionary<string, Template> IncludeCache => _includeCache ??= new Dictionary<string, Template>(StringComparer.Ordinal);

    /// <summary>Writes template text (never encoded).</summary>
    internal void WriteText(string text, SourceSpan span)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (RecordSourceMap)
        {
            RecordChunk(Output.Length, span, isTemplateText: true);
        }

        Output.Append(text);
        CheckOutputLimit(span);
    }

    /// <summary>Writes the value printed by a <c>{{ }}</c> expression: converted, encoded unless already markup, auto-indented.</summary>
    internal void WriteValue(object? value, string? indent, SourceSpan span)
    {
        if (value is null)
        {
            return;
        }

        string text;
        if (value is EncodedText encoded)
        {
            text = encoded.Value;
        }
        else
        {
            text = ToText(value);
            if (OutputEncoder is not null)
            {
                text = OutputEncoder(text);
            }
        }

        if (text.Length == 0)
        {
            return;
        }

        var indented = indent is not null && text.Contains('\n');
        if (RecordSourceMap)
        {
            RecordChunk(Output.Length, span, isTemplateText: false);
            var captured = value as string ?? (value as EncodedText)?.Value;
            if (captured is not null && _capturedMaps is not null && _capturedMaps.TryGetValue(captured, out var inner))
            {
                RecordCaptured(inner, text, indented ? indent!.Length : 0);
            }
        }

        if (indented)
        {
            AppendIndented(text, indent!);
        }
        else
        {
            Output.Append(text);
        }

        CheckOutputLimit(span);
    }

    private void AppendIndented(string text, string indent)
    {
        var start = 0;
        while (true)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0 || nl == text.Length - 1)
            {
                Output.Append(text, start, text.Length - start);
                return;
            }

            Output.Append(text, start, nl + 1 - start);
            Output.Append(indent);
            start = nl + 1;
        }
    }

    private void CheckOutputLimit(SourceSpan span)
    {
        if (Limits.OutputLimit > 0 && Output.Length > Limits.OutputLimit)
        {
            throw new TemplateException(span, $"The output exceeds the limit of {Limits.OutputLimit} characters (TemplateLimits.OutputLimit).");
        }
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

        return found < 0 ? null : Refine(_sourceMap[found], outputOffset);
    }

    /// <summary>
    /// Inside a chunk of template text, the output is the template's own text, so the exact line and column
    /// follow from the newlines between the chunk's start and the offset (expression output keeps its span).
    /// </summary>
    private SourceSpan Refine(SourceMapEntry entry, int outputOffset)
    {
        var output = _mappedOutput;
        if (!entry.IsTemplateText || output is null || outputOffset > output.Length)
        {
            return entry.Span;
        }

        var span = entry.Span;
        var lastNewline = output.LastIndexOf('\n', Math.Max(entry.OutputOffset, outputOffset - 1), Math.Max(0, outputOffset - entry.OutputOffset));
        if (outputOffset == entry.OutputOffset || lastNewline < entry.OutputOffset)
        {
            return span with { Column = span.Column + (outputOffset - entry.OutputOffset) };
        }

        var lines = output.AsSpan(entry.OutputOffset, outputOffset - entry.OutputOffset).Count('\n');
        return span with { Line = span.Line + lines, Column = outputOffset - lastNewline };
    }

    /// <summary>Maps a captured text about to be appended at the current output position, shifted by any auto-indent.</summary>
    private void RecordCaptured(List<SourceMapEntry> inner, string text, int indentLength)
    {
        var start = Output.Length;
        var newlines = 0;
        var scanned = 0;
        foreach (var entry in inner)
        {
            if (indentLength > 0)
            {
                for (; scanned < entry.OutputOffset && scanned < text.Length - 1; scanned++)
                {
                    if (text[scanned] == '\n')
                    {
                        newlines++;
                    }
                }
            }

            RecordChunk(start + entry.OutputOffset + (newlines * indentLength), entry.Span, entry.IsTemplateText);
        }
    }

    internal void RecordChunk(int outputOffset, SourceSpan span, bool isTemplateText)
    {
        List<SourceMapEntry> map;
        if (_captureMaps is { Count: > 0 })
        {
            if (_captureMaps.Peek() is not { } captureMap)
            {
                return;
            }

            map = captureMap;
        }
        else
        {
            map = _sourceMap ??= new List<SourceMapEntry>();
        }

        if (map.Count > 0 && map[^1].OutputOffset == outputOffset)
        {
            map[^1] = new SourceMapEntry(outputOffset, span, isTemplateText);
            return;
        }

        map.Add(new SourceMapEntry(outputOffset, span, isTemplateText));
    }

    internal object? Invoke(IScriptFunction function, SourceSpan callSite, IReadOnlyList<object?> arguments, string? nodeText = null)
    {
        if (++CallDepth > Limits.RecursionLimit && Limits.RecursionLimit > 0)
        {
            CallDepth--;
            var node = nodeText ?? (function as Syntax.ScriptFunction)?.Name ?? "function";
            throw new TemplateException(callSite, $"Exceeding number of recursive depth limit `{Limits.RecursionLimit}` for node: `{node}`");
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

    /// <summary>Where a chunk of output starts and which node wrote it; template text is copied verbatim, so lines inside it can be counted.</summary>
    private readonly record struct SourceMapEntry(int OutputOffset, SourceSpan Span, bool IsTemplateText);
}

/// <summary>Pending control flow after a statement.</summary>
internal enum ControlFlow
{
    None,
    Break,
    Continue,
    Return,
}
