using System.Globalization;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The time one render may take (<see cref="PlanRendererOptions.Timeout"/>) joined with the caller's cancellation,
/// and the translation of what stops a template into the library's exceptions.
/// </summary>
internal sealed class RenderBudget : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _timeout;

    public RenderBudget(TimeSpan timeout, CancellationToken caller)
    {
        _caller = caller;
        _timeout = timeout;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
            _source.CancelAfter(timeout);
        }
    }

    /// <summary>Cancelled when the caller cancels or the budget runs out.</summary>
    public CancellationToken Token => _source?.Token ?? _caller;

    /// <summary>The budget ran out (as opposed to the caller cancelling).</summary>
    public bool Expired => _source is { IsCancellationRequested: true } && !_caller.IsCancellationRequested;

    /// <summary>Throws when the caller cancelled or the budget ran out between two stages of a render.</summary>
    public void ThrowIfExpired(string templateName)
    {
        _caller.ThrowIfCancellationRequested();
        if (Expired)
        {
            throw new TemplateException(templateName, 0, 0, OutOfTime);
        }
    }

    /// <summary>The exception to throw for what stopped a render: the caller's cancellation, the budget, or a template error.</summary>
    public Exception Translate(ScriptRuntimeException? error, MarkupTemplateContext context, string templateName)
    {
        if (_caller.IsCancellationRequested)
        {
            return new OperationCanceledException(_caller);
        }
        if (Expired)
        {
            return TemplateException.At(context.LastLoop ?? error?.Span ?? context.CurrentSpan, templateName, OutOfTime, error);
        }
        // An error inside an included template is already located there.
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is TemplateException located)
            {
                return located;
            }
        }
        return TemplateException.FromRuntime(error!, templateName);
    }

    /// <summary>The message of a render stopped by its budget, saying what to look for and how to raise it.</summary>
    public string OutOfTime => string.Create(CultureInfo.InvariantCulture,
        $"the render took longer than its time budget of {_timeout.TotalSeconds:0.###} s and was stopped here; a template loop or recursion is probably unbounded (raise PlanRendererOptions.Timeout or `cchc render --timeout` only for a genuinely huge plan)");

    public void Dispose() => _source?.Dispose();
}
