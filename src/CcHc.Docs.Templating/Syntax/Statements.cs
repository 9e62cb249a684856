using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary>Template text written as is.</summary>
internal sealed class TextStatement : Statement
{
    public TextStatement(string text) => Text = text;

    public string Text { get; }

    public override void Execute(TemplateContext context) => context.WriteText(Text, Span);
}

/// <summary>An expression whose value is printed (assignments print nothing).</summary>
internal sealed class ExpressionStatement : Statement
{
    public ExpressionStatement(Expression expression, string? indent)
    {
        Expression = expression;
        Indent = indent;
    }

    public Expression Expression { get; }

    public string? Indent { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Expression.Evaluate(context);
        if (value is not null && Expression is not IncrementExpression)
        {
            context.WriteValue(value, Indent, Span);
        }
    }
}

/// <summary><c>target = value</c> and compound assignments.</summary>
internal sealed class AssignStatement : Statement
{
    public AssignStatement(Expression target, Expression value, BinaryOperator? compound)
    {
        Target = target;
        Value = value;
        Compound = compound;
    }

    public Expression Target { get; }

    public Expression Value { get; }

    public BinaryOperator? Compound { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        if (Compound is { } op)
        {
            value = Operators.Evaluate(context, op, Target.Evaluate(context), value, Span, Span);
        }

        Target.Assign(context, value);
    }
}

/// <summary><c>if</c> / <c>else if</c> / <c>else</c>.</summary>
internal sealed class IfStatement : Statement
{
    public IfStatement(Expression condition, Statement then, Statement? otherwise)
    {
        Condition = condition;
        Then = then;
        Otherwise = otherwise;
    }

    public Expression Condition { get; }

    public Statement Then { get; }

    public Statement? Otherwise { get; set; }

    public override void Execute(TemplateContext context)
    {
        if (ValueConverter.IsTrue(Condition.Evaluate(context)))
        {
            Then.Execute(context);
        }
        else
        {
            Otherwise?.Execute(context);
        }
    }
}

/// <summary><c>case value</c> with <c>when</c> branches and an optional <c>else</c>.</summary>
internal sealed class CaseStatement : Statement
{
    public CaseStatement(Expression value, (Expression[] Values, Statement Body)[] whens, Statement? otherwise)
    {
        Value = value;
        Whens = whens;
        Otherwise = otherwise;
    }

    public Expression Value { get; }

    public (Expression[] Values, Statement Body)[] Whens { get; }

    public Statement? Otherwise { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        foreach (var (values, body) in Whens)
        {
            foreach (var candidate in values)
            {
                if (Operators.AreEqual(value, candidate.Evaluate(context)))
                {
                    body.Execute(context);
                    return;
                }
            }
        }

        Otherwise?.Execute(context);
    }
}

/// <summary><c>break</c> / <c>continue</c>.</summary>
internal sealed class FlowStatement : Statement
{
    public FlowStatement(ControlFlow flow) => Flow = flow;

    public ControlFlow Flow { get; }

    public override void Execute(TemplateContext context) => context.Flow = Flow;
}

/// <summary><c>ret expression?</c>.</summary>
internal sealed class ReturnStatement : Statement
{
    public ReturnStatement(Expression? value) => Value = value;

    public Expression? Value { get; }

    public override void Execute(TemplateContext context)
    {
        context.ReturnValue = Value?.Evaluate(context);
        context.Flow = ControlFlow.Return;
    }
}

/// <summary><c>capture target … end</c>: the body's output is assigned instead of written.</summary>
internal sealed class CaptureStatement : Statement
{
    public CaptureStatement(Expression target, Statement body)
    {
        Target = target;
        Body = body;
    }

    public Expression Target { get; }

    public Statement Body { get; }

    public override void Execute(TemplateContext context)
    {
        context.PushCapture();
        string text;
        try
        {
            Body.Execute(context);
        }
        finally
        {
            text = context.PopCapture();
        }

        Target.Assign(context, context.OutputEncoder is null ? text : new EncodedText(text));
    }
}

/// <summary><c>readonly variable</c>.</summary>
internal sealed class ReadOnlyStatement : Statement
{
    public ReadOnlyStatement(string name) => Name = name;

    public string Name { get; }

    public override void Execute(TemplateContext context) => context.CurrentScope.SetReadOnly(Name, true);
}

/// <summary><c>import object</c>: copies the members of an object into the current scope (readonly variables are kept).</summary>
internal sealed class ImportStatement : Statement
{
    public ImportStatement(Expression value) => Value = value;

    public Expression Value { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        if (value is null)
        {
            return;
        }

        var scope = context.CurrentScope;
        if (value is IEnumerable<KeyValuePair<string, object?>> members)
        {
            foreach (var pair in members)
            {
                if (!scope.IsReadOnly(pair.Key))
                {
                    scope.SetValue(pair.Key, pair.Value);
                }
            }

            return;
        }

        throw new TemplateException(Value.Span, $"Unexpected value `{context.ToText(value)}` for import. Expecting an plain script object {{}}");
    }
}

/// <summary><c>with object … end</c>: the object becomes the current scope.</summary>
internal sealed class WithStatement : Statement
{
    public WithStatement(Expression target, Statement body)
    {
        Target = target;
        Body = body;
    }

    public Expression Target { get; }

    public Statement Body { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        if (value is not ScriptObject scope)
        {
            throw new TemplateException(Span, $"Invalid target property `{Target.Source}` used for [with] statement. Must be a ScriptObject instead of `{(value is null ? "null" : ValueConverter.TypeName(value))}`");
        }

        context.PushScope(scope);
        try
        {
            Body.Execute(context);
        }
        finally
        {
            context.PopScope();
        }
    }
}

/// <summary><c>func name … end</c>: defines a function variable.</summary>
internal sealed class FunctionStatement : Statement
{
    public FunctionStatement(Expression target, ScriptFunction function)
    {
        Target = target;
        Function = function;
    }

    public Expression Target { get; }

    public ScriptFunction Function { get; }

    public override void Execute(TemplateContext context) => Target.Assign(context, Function);
}

/// <summary>Does nothing (empty statements, parse-error placeholders).</summary>
internal sealed class NopStatement : Statement
{
    public static readonly NopStatement Instance = new();

    public override void Execute(TemplateContext context)
    {
    }
}
