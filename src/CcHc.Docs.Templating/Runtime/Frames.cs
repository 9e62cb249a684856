namespace CcHc.Docs.Templating.Runtime;

/// <summary>A function (or template/include) invocation: arguments and local <c>$</c> variables.</summary>
internal sealed class FunctionFrame
{
    public IReadOnlyList<object?> Arguments = Array.Empty<object?>();
    public ScriptObject? Locals;
    /// <summary>Scope of a parametric function's parameters (names without <c>$</c>), or null.</summary>
    public ScriptObject? Parameters;
    /// <summary>Index in the loop stack where this frame's loops start.</summary>
    public int LoopBase;
    /// <summary>The body passed by <c>wrap</c> (evaluated by <c>$$</c>).</summary>
    public Syntax.Statement? WrapBody;
    public ScriptArray? ArgumentsArray;
    /// <summary>True for anonymous functions: they see the parameters of the enclosing parametric function.</summary>
    public bool InheritsScope;
}

/// <summary>One active loop: its variable and the special loop object.</summary>
internal struct LoopFrame
{
    public string Name;
    public object? Value;
    public LoopState State;
}
