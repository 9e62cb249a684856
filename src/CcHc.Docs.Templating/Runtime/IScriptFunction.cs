namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// Anything callable from a template: script <c>func</c>s, anonymous functions, built-ins and host functions.
/// </summary>
/// <remarks>
/// Arguments arrive already evaluated, in call order. Named arguments (<c>f a b name: value</c>):
/// when a call has any, <c>arguments</c> in <see cref="Invoke"/> is a
/// <see cref="ScriptArguments"/> whose <see cref="ScriptArguments.Named"/> holds them (names as written,
/// in order); the list itself then holds only the positional arguments. When a call has none,
/// <c>arguments</c> is any list (usually an array) and never a ScriptArguments with names.
/// A binder should therefore test <c>arguments is ScriptArguments { Named: { Count: &gt; 0 } } a</c>.
/// A pipe <c>x | f y</c> passes <c>x</c> as the first positional argument.
/// </remarks>
public interface IScriptFunction
{
    /// <summary>Calls the function. Errors should be thrown as <see cref="TemplateException"/> at <paramref name="callSite"/>.</summary>
    object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments);
}
