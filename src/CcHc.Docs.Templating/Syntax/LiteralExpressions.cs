using System.Text;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary>A constant: number, string, boolean or null.</summary>
internal sealed class LiteralExpression : Expression
{
    public LiteralExpression(object? value) => Value = value;

    public object? Value { get; }

    public override object? Evaluate(TemplateContext context) => Value;
}

/// <summary><c>$"text {expr} text"</c>.</summary>
internal sealed class InterpolatedStringExpression : Expression
{
    public InterpolatedStringExpression(Expression[] parts) => Parts = parts;

    public Expression[] Parts { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            sb.Append(context.ToText(part.Evaluate(context)));
        }

        return sb.ToString();
    }
}

/// <summary><c>[a, b, c]</c>: a new array per evaluation.</summary>
internal sealed class ArrayExpression : Expression
{
    public ArrayExpression(Expression[] items) => Items = items;

    public Expression[] Items { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(Items.Length);
        foreach (var item in Items)
        {
            array.Add(item.Evaluate(context));
        }

        return array;
    }
}

/// <summary><c>{ a: 1, "b": 2 }</c>: a new object per evaluation.</summary>
internal sealed class ObjectExpression : Expression
{
    public ObjectExpression((string Name, Expression Value)[] members) => Members = members;

    public (string Name, Expression Value)[] Members { get; }

    public override object? Evaluate(TemplateContext context)
    {
        var obj = new ScriptObject(Members.Length);
        foreach (var (name, value) in Members)
        {
            obj.SetValue(name, value.Evaluate(context));
        }

        return obj;
    }
}

/// <summary><c>do … end</c> or the value of a <c>func</c>: evaluates to the function itself.</summary>
internal sealed class FunctionExpression : Expression
{
    public FunctionExpression(ScriptFunction function) => Function = function;

    public ScriptFunction Function { get; }

    public override object? Evaluate(TemplateContext context) => Function;
}
