using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Wraps a built-in whose result is template output (<c>include</c>, <c>include_join</c>), so that output is
/// printed once, unescaped, and keeps its source map — while everything else a template prints is escaped.
/// </summary>
internal sealed class MarkupFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => inner.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        context is MarkupTemplateContext markup
            ? markup.RenderNested(() => inner.Invoke(context, callerContext, arguments, blockStatement))
            : inner.Invoke(context, callerContext, arguments, blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
