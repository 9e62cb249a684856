using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary>A global/property variable (<c>name</c>) or a local variable (<c>$name</c>).</summary>
internal sealed class VariableExpression : Expression
{
    public VariableExpression(string name, bool isLocal)
    {
        Name = name;
        IsLocal = isLocal;
    }

    public string Name { get; }

    public bool IsLocal { get; }

    public override bool IsAssignable => true;

    public override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateNoInvoke(context);
        return InvokeIfFunction(context, value, Span);
    }

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        if (context.TryGetVariable(Name, IsLocal, out var value))
        {
            return value;
        }

        if (context.StrictVariables)
        {
            throw new TemplateException(Span, $"The variable or function `{Source}` was not found");
        }

        return null;
    }

    public override void Assign(TemplateContext context, object? value) => context.SetVariable(Name, IsLocal, value, Span);
}

/// <summary><c>$</c> (all arguments), <c>$0</c>…<c>$n</c> (one argument) and <c>$$</c> (the wrapped block).</summary>
internal sealed class ArgumentsExpression : Expression
{
    public ArgumentsExpression(int index) => Index = index;

    /// <summary>-1 for <c>$</c>, -2 for <c>$$</c>, otherwise the argument index.</summary>
    public int Index { get; }

    public override bool IsAssignable => Index >= 0;

    public override object? Evaluate(TemplateContext context)
    {
        // Like a variable, an argument holding a function (`nv do … end` then `$0`) is called when read.
        var value = EvaluateNoInvoke(context);
        return Index >= 0 ? InvokeIfFunction(context, value, Span) : value;
    }

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        var frame = context.CurrentFrame;
        if (Index == -2)
        {
            frame.WrapBody?.Execute(context);
            return null;
        }

        if (Index == -1)
        {
            if (frame.ArgumentsArray is null)
            {
                var array = new ScriptArray(frame.Arguments.Count);
                foreach (var argument in frame.Arguments)
                {
                    array.Add(argument);
                }

                if (frame.Arguments is ScriptArguments named)
                {
                    foreach (var pair in named.Named)
                    {
                        array.Members.SetValue(pair.Key, pair.Value);
                    }
                }

                frame.ArgumentsArray = array;
            }

            return frame.ArgumentsArray;
        }

        if (frame.ArgumentsArray is not null)
        {
            return Index < frame.ArgumentsArray.Count ? frame.ArgumentsArray[Index] : null;
        }

        return Index < frame.Arguments.Count ? frame.Arguments[Index] : null;
    }

    public override void Assign(TemplateContext context, object? value) =>
        throw new TemplateException(Span, $"Cannot assign the argument variable `{Source}`");
}

/// <summary><c>this</c>: the current object scope.</summary>
internal sealed class ThisExpression : Expression
{
    public override object? Evaluate(TemplateContext context) => context.CurrentScope;
}

/// <summary><c>empty</c>: equal to any empty value.</summary>
internal sealed class EmptyExpression : Expression
{
    public override object? Evaluate(TemplateContext context) => EmptyObject.Instance;
}

/// <summary><c>for</c> / <c>while</c> / <c>tablerow</c>: the innermost loop object.</summary>
internal sealed class LoopObjectExpression : Expression
{
    public LoopObjectExpression(bool isWhile) => IsWhile = isWhile;

    public bool IsWhile { get; }

    public override object? Evaluate(TemplateContext context) => context.FindLoopState(IsWhile);
}
