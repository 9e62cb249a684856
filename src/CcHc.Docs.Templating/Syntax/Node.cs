using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary>A node of the immutable syntax tree. All render state lives in the <see cref="TemplateContext"/>.</summary>
internal abstract class Node
{
    public SourceSpan Span { get; init; }
}

/// <summary>An expression: evaluates to a value.</summary>
internal abstract class Expression : Node
{
    /// <summary>The source text of the expression (used in error messages such as <c>x[0]</c>).</summary>
    public string Source { get; set; } = string.Empty;

    public abstract object? Evaluate(TemplateContext context);

    /// <summary>Evaluates without calling a function value (used for callees and <c>@</c> aliases).</summary>
    public virtual object? EvaluateNoInvoke(TemplateContext context) => Evaluate(context);

    public virtual bool IsAssignable => false;

    /// <summary>Scriban's implicit call: a function value read by name is called without arguments, reported at <paramref name="callSite"/>.</summary>
    protected object? InvokeIfFunction(TemplateContext context, object? value, SourceSpan callSite) =>
        value is IScriptFunction function ? context.Invoke(function, callSite, Array.Empty<object?>(), Source) : value;

    public virtual void Assign(TemplateContext context, object? value) =>
        throw new TemplateException(Span, "Unsupported target expression for assignment.");
}

/// <summary>A statement: executes, may write output and set control flow.</summary>
internal abstract class Statement : Node
{
    public abstract void Execute(TemplateContext context);
}

/// <summary>A list of statements executed in order until control flow interrupts.</summary>
internal sealed class BlockStatement : Statement
{
    public BlockStatement(Statement[] statements) => Statements = statements;

    public Statement[] Statements { get; }

    public override void Execute(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Length; i++)
        {
            statements[i].Execute(context);
            if (context.Flow != ControlFlow.None)
            {
                return;
            }
        }
    }
}
