using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary><c>f a b name: c</c>, <c>f(a, b)</c>, and the receiver of a pipe (<c>x | f a</c> passes x first).</summary>
internal sealed class CallExpression : Expression
{
    public CallExpression(Expression callee, Expression[] arguments, (string Name, Expression Value)[]? named)
    {
        Callee = callee;
        Arguments = arguments;
        Named = named;
    }

    public Expression Callee { get; }

    /// <summary>True for the <c>f(a, b)</c> form.</summary>
    public bool IsParenthesized { get; init; }

    public Expression[] Arguments { get; }

    public (string Name, Expression Value)[]? Named { get; }

    public override object? Evaluate(TemplateContext context) => Call(context, hasPiped: false, null, null);

    public object? EvaluatePiped(TemplateContext context, object? piped, bool expand = false)
    {
        if (expand && piped is System.Collections.IEnumerable items and not string)
        {
            var values = new List<object?>();
            foreach (var item in items)
            {
                values.Add(item);
            }

            foreach (var argument in Arguments)
            {
                values.Add(argument.Evaluate(context));
            }

            return context.Invoke(ResolveFunction(context, Callee, Span), Span, values, Callee.Source);
        }

        return Call(context, hasPiped: true, piped, null);
    }

    public object? EvaluateWithWrap(TemplateContext context, Statement body)
    {
        if (Callee.EvaluateNoInvoke(context) is not IScriptFunction)
        {
            var kind = Callee is MemberExpression ? "member" : "variable";
            throw new TemplateException(Callee.Span, $"Expecting a direct function instead of the expression `{Callee.Source}/{kind}`");
        }

        return Call(context, hasPiped: false, null, body);
    }

    private object? Call(TemplateContext context, bool hasPiped, object? piped, Statement? wrapBody)
    {
        var function = ResolveFunction(context, Callee, Span);
        var count = Arguments.Length + (hasPiped ? 1 : 0);
        var hasExpand = false;
        foreach (var argument in Arguments)
        {
            hasExpand |= argument is ExpandExpression;
        }

        IReadOnlyList<object?> values;
        if (!hasExpand)
        {
            var array = count == 0 ? Array.Empty<object?>() : new object?[count];
            var i = 0;
            if (hasPiped)
            {
                array[i++] = piped;
            }

            foreach (var argument in Arguments)
            {
                array[i++] = argument.Evaluate(context);
            }

            values = array;
        }
        else
        {
            var list = new List<object?>(count + 4);
            if (hasPiped)
            {
                list.Add(piped);
            }

            foreach (var argument in Arguments)
            {
                var value = argument.Evaluate(context);
                if (argument is ExpandExpression && value is System.Collections.IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        list.Add(item);
                    }
                }
                else
                {
                    list.Add(value);
                }
            }

            values = list;
        }

        if (Named is { Length: > 0 })
        {
            var named = new KeyValuePair<string, object?>[Named.Length];
            for (var i = 0; i < Named.Length; i++)
            {
                named[i] = new KeyValuePair<string, object?>(Named[i].Name, Named[i].Value.Evaluate(context));
            }

            values = new ScriptArguments(values, named);
        }

        if (wrapBody is not null && function is ScriptFunction script)
        {
            return context.Invoke(new WrappedFunction(script, wrapBody), Span, values, Callee.Source);
        }

        return context.Invoke(function, Span, values, Callee.Source);
    }

    internal static IScriptFunction ResolveFunction(TemplateContext context, Expression callee, SourceSpan span)
    {
        var value = callee.EvaluateNoInvoke(context);
        return value switch
        {
            IScriptFunction function => function,
            null => throw new TemplateException(span, $"The function `{callee.Source}` was not found"),
            _ => throw new TemplateException(span, $"Invalid target function `{callee.Source}` ({ValueConverter.TypeName(value)})"),
        };
    }

    private sealed class WrappedFunction(ScriptFunction function, Statement body) : IScriptFunction
    {
        public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) =>
            function.Invoke(context, callSite, arguments, body);
    }
}

/// <summary><c>value | receiver</c>: calls the receiver with the value as first argument.</summary>
internal sealed class PipeExpression : Expression
{
    public PipeExpression(Expression left, Expression right)
    {
        Left = left;
        Right = right;
    }

    public Expression Left { get; }

    public Expression Right { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var value = Left.Evaluate(context);
        if (Right is CallExpression call)
        {
            return call.EvaluatePiped(context, value, Left is ExpandExpression);
        }

        if (Right is PipeExpression)
        {
            throw new TemplateException(Right.Span, "Unexpected nested pipe");
        }

        var target = Right.EvaluateNoInvoke(context);
        if (target is not IScriptFunction function)
        {
            throw new TemplateException(Right.Span, $"Pipe expression destination `{Right.Source}` is not a valid function ");
        }

        if (Left is ExpandExpression && value is System.Collections.IEnumerable items and not string)
        {
            return context.Invoke(function, Right.Span, items.Cast<object?>().ToArray(), Right.Source);
        }

        return context.Invoke(function, Right.Span, new[] { value }, Right.Source);
    }
}
