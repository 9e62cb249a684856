using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary><c>left op right</c>; <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> and <c>?!</c> short-circuit.</summary>
internal sealed class BinaryExpression : Expression
{
    public BinaryExpression(BinaryOperator op, Expression left, Expression right, SourceSpan operatorSpan)
    {
        Operator = op;
        Left = left;
        Right = right;
        OperatorSpan = operatorSpan;
    }

    public BinaryOperator Operator { get; }

    public Expression Left { get; }

    public Expression Right { get; }

    public SourceSpan OperatorSpan { get; }

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case BinaryOperator.And:
                return ValueConverter.IsTrue(Left.Evaluate(context)) && ValueConverter.IsTrue(Right.Evaluate(context));
            case BinaryOperator.Or:
                return ValueConverter.IsTrue(Left.Evaluate(context)) || ValueConverter.IsTrue(Right.Evaluate(context));
            case BinaryOperator.NullCoalesce:
                return Left.Evaluate(context) ?? Right.Evaluate(context);
            case BinaryOperator.NotNullCoalesce:
                return Left.Evaluate(context) is null ? null : Right.Evaluate(context);
        }

        var left = Left.Evaluate(context);
        var right = Right.Evaluate(context);
        return Operators.Evaluate(context, Operator, left, right, Span, OperatorSpan);
    }
}

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed class UnaryExpression : Expression
{
    public UnaryExpression(char op, Expression operand)
    {
        Operator = op;
        Operand = operand;
    }

    public char Operator { get; }

    public Expression Operand { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var value = Operand.Evaluate(context);
        switch (Operator)
        {
            case '!':
                return !ValueConverter.IsTrue(value);
            case '+':
                return value;
            default:
                return value switch
                {
                    null => null,
                    int i => i == int.MinValue ? -(long)i : -i,
                    long l => -l,
                    double d => -d,
                    float f => -f,
                    decimal m => -m,
                    System.Numerics.BigInteger b => Parsing.Lexer.NormalizeInteger(-b),
                    TimeSpan t => -t,
                    _ => throw new TemplateException(Span, $"Unexpected value `{context.ToText(value)}` for the unary operator `-`. Expecting a number"),
                };
        }
    }
}

/// <summary><c>cond ? a : b</c>.</summary>
internal sealed class ConditionalExpression : Expression
{
    public ConditionalExpression(Expression condition, Expression then, Expression otherwise)
    {
        Condition = condition;
        Then = then;
        Otherwise = otherwise;
    }

    public Expression Condition { get; }

    public Expression Then { get; }

    public Expression Otherwise { get; }

    public override object? Evaluate(TemplateContext context) =>
        ValueConverter.IsTrue(Condition.Evaluate(context)) ? Then.Evaluate(context) : Otherwise.Evaluate(context);
}

/// <summary><c>@expr</c>: the value without calling it when it is a function.</summary>
internal sealed class AliasExpression : Expression
{
    public AliasExpression(Expression target) => Target = target;

    public Expression Target { get; }

    public override object? Evaluate(TemplateContext context) => Target.EvaluateNoInvoke(context);
}

/// <summary><c>^expr</c>: expands a list into the arguments of a call.</summary>
internal sealed class ExpandExpression : Expression
{
    public ExpandExpression(Expression target) => Target = target;

    public Expression Target { get; }

    public override object? Evaluate(TemplateContext context) => Target.Evaluate(context);
}

/// <summary><c>(expr)</c>.</summary>
internal sealed class ParenthesisExpression : Expression
{
    public ParenthesisExpression(Expression inner) => Inner = inner;

    public Expression Inner { get; }

    public override bool IsAssignable => Inner.IsAssignable;

    public override object? Evaluate(TemplateContext context)
    {
        var value = Inner.Evaluate(context);
        return value is IScriptFunction function && Inner is FunctionExpression ? context.Invoke(function, Span, Array.Empty<object?>(), Source) : value;
    }

    public override object? EvaluateNoInvoke(TemplateContext context) => Inner.EvaluateNoInvoke(context);

    public override void Assign(TemplateContext context, object? value) => Inner.Assign(context, value);
}

/// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c>.</summary>
internal sealed class IncrementExpression : Expression
{
    public IncrementExpression(Expression target, int delta, bool isPostfix)
    {
        Target = target;
        Delta = delta;
        IsPostfix = isPostfix;
    }

    public Expression Target { get; }

    public int Delta { get; }

    public bool IsPostfix { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var before = Target.Evaluate(context);
        var after = Operators.Evaluate(context, BinaryOperator.Add, before, Delta, Span, Span);
        Target.Assign(context, after);
        return IsPostfix ? before : after;
    }
}
