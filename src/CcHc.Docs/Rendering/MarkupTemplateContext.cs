using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The Scriban context of one markup render. It escapes every value a template prints (raw template text is not),
/// prints the output of <c>include</c>, <c>capture</c> and <see cref="TemplateMarkup"/> once and unescaped, takes
/// included templates from the shared <see cref="TemplateSet"/> cache, applies the limits of
/// <see cref="PlanRendererOptions"/>, and can record which template line wrote each part of the output.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    private readonly TemplateSet _templates;

    // Strings made by include and capture in this render: already markup, printed as they are when printed
    // unchanged. Keyed by reference, so an equal string from the plan is still escaped.
    private readonly Dictionary<string, TemplateSourceMap?> _markup = new(ReferenceEqualityComparer.Instance);

    // One source map per output level (include and capture render into an output of their own); null when not recording.
    private readonly Stack<TemplateSourceMap>? _maps;

    public MarkupTemplateContext(TemplateSet templates, PlanRendererOptions options, bool recordSourceMap, CancellationToken cancellationToken)
        : base(SharedBuiltins)
    {
        _templates = templates;
        TemplateLoader = templates;
        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursiveLimit;
        ObjectRecursionLimit = options.ObjectRecursionLimit;
        LimitToString = options.StringLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = options.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = options.RegexTimeout;
        CancellationToken = cancellationToken;
        PushCulture(Vietnamese);
        if (recordSourceMap)
        {
            _maps = new Stack<TemplateSourceMap>();
            _maps.Push(new TemplateSourceMap());
        }
    }

    /// <summary>The loop that ran most recently, where a runaway render is most likely stuck; null before any loop.</summary>
    public SourceSpan? LastLoop { get; private set; }

    /// <summary>The source map of the top-level output, when recording.</summary>
    public TemplateSourceMap? SourceMap => _maps?.Last();

    /// <summary>Prints a value: escaped, unless it is markup made by include, capture or a <see cref="TemplateMarkup"/>.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TemplateMarkup markup:
                WriteMarkup(span, markup.Text, markup.Map);
                return this;
            case string text when _markup.TryGetValue(text, out var map):
                WriteMarkup(span, text, map);
                return this;
            default:
                _maps?.Peek().Add(OutputLength, span, rawText: false);
                Write(MarkupEncoder.Encode(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }

    /// <inheritdoc/>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is TemplateMarkup markup ? markup.Text : base.ObjectToString(value, nested);

    /// <inheritdoc/>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        switch (scriptNode)
        {
            case ScriptCaptureStatement capture:
                Capture(capture);
                return null;
            case ScriptRawStatement raw when _maps is not null:
                _maps.Peek().Add(OutputLength, RawTextSpan(raw), rawText: true);
                break;
        }
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <inheritdoc/>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        try
        {
            return _templates.Get(templatePath);
        }
        catch (TemplateNotFoundException missing)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, missing.Message);
        }
    }

    /// <inheritdoc/>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        // Remembered so a render stopped by its time budget names the loop it was stuck in: Scriban's own
        // cancellation check may fire first, elsewhere, with a less useful location.
        LastLoop = loop.Span;
        if (CancellationToken.IsCancellationRequested)
        {
            throw new ScriptAbortException(loop.Span, CancellationToken);
        }
        return base.OnStepLoop(loop);
    }

    /// <summary>Runs <paramref name="render"/> into an output of its own and returns its text, marked as markup.</summary>
    internal string RenderNested(Func<object?> render)
    {
        _maps?.Push(new TemplateSourceMap());
        TemplateSourceMap? map;
        object? result;
        try
        {
            result = render();
        }
        finally
        {
            map = _maps?.Pop();
        }
        var text = result as string ?? ObjectToString(result) ?? string.Empty;
        _markup[text] = map;
        return text;
    }

    private void Capture(ScriptCaptureStatement capture)
    {
        var text = RenderNested(() =>
        {
            PushOutput();
            IScriptOutput output;
            try
            {
                Evaluate(capture.Body!);
            }
            finally
            {
                output = PopOutput();
            }
            return output.ToString();
        });
        SetValue(capture.Target, text);
    }

    private void WriteMarkup(SourceSpan span, string text, TemplateSourceMap? map)
    {
        if (_maps is not null)
        {
            if (map is null)
            {
                _maps.Peek().Add(OutputLength, span, rawText: false);
            }
            else
            {
                _maps.Peek().Append(OutputLength, map);
            }
        }
        Write(text);
    }

    private int OutputLength => Output is StringBuilderOutput output ? output.Builder.Length : 0;

    private static SourceSpan RawTextSpan(ScriptRawStatement raw)
    {
        // The statement's text may start after trimmed whitespace: locate the first character actually written.
        var slice = raw.Text;
        var full = slice.FullText.AsSpan(0, slice.Index);
        var line = full.Count('\n');
        var column = slice.Index - (full.LastIndexOf('\n') + 1);
        var start = new TextPosition(slice.Index, line, column);
        return new SourceSpan(raw.Span.FileName, start, start);
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        foreach (var name in new[] { "include", "include_join" })
        {
            if (builtins[name] is IScriptCustomFunction function)
            {
                builtins.SetValue(name, new MarkupFunction(function), readOnly: true);
            }
        }
        return builtins;
    }
}
