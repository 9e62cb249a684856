using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary><c>target.name</c> or <c>target?.name</c>.</summary>
internal sealed class MemberExpression : Expression
{
    public MemberExpression(Expression target, string name, bool isOptional)
    {
        Target = target;
        Name = name;
        IsOptional = isOptional;
    }

    public Expression Target { get; }

    public string Name { get; }

    public bool IsOptional { get; }

    /// <summary>Where an implicit call of a function-valued member is reported: just after the member name (as Scriban does).</summary>
    public SourceSpan CallSpan { get; init; }

    public override bool IsAssignable => true;

    public override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateNoInvoke(context);
        return InvokeIfFunction(context, value, CallSpan);
    }

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            if (IsOptional || Target is MemberExpression { IsOptional: true } || (!context.StrictVariables && Target is not LoopObjectExpression && false))
            {
                return null;
            }

            throw new TemplateException(Span, $"Cannot get the member {Source} for a null object.");
        }

        if (MemberAccess.TryGetMember(context, target, Name, out var value))
        {
            return value;
        }

        if (context.StrictVariables)
        {
            throw new TemplateException(Span, $"Cannot find the member `{Name}` in {Source}");
        }

        return null;
    }

    public override void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw new TemplateException(Span, $"Cannot set the member {Source} for a null object.");
        }

        MemberAccess.SetMember(context, target, Name, value, Span, Source);
    }
}

/// <summary><c>target[index]</c>.</summary>
internal sealed class IndexerExpression : Expression
{
    public IndexerExpression(Expression target, Expression index)
    {
        Target = target;
        Index = index;
    }

    public Expression Target { get; }

    public Expression Index { get; }

    public override bool IsAssignable => true;

    public override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateNoInvoke(context);
        return InvokeIfFunction(context, value, Span);
    }

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw new TemplateException(Span, $"Object `{Target.Source}` is null. Cannot access indexer: {Source}");
        }

        var index = Index.Evaluate(context);
        if (index is null)
        {
            throw new TemplateException(Index.Span, $"Cannot access target `{Target.Source}` with a null indexer: {Source}");
        }

        return MemberAccess.GetIndex(context, target, index, Span);
    }

    public override void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw new TemplateException(Span, $"Object `{Target.Source}` is null. Cannot access indexer: {Source}");
        }

        var index = Index.Evaluate(context);
        if (index is null)
        {
            throw new TemplateException(Index.Span, $"Cannot access target `{Target.Source}` with a null indexer: {Source}");
        }

        MemberAccess.SetIndex(context, target, index, value, Index.Span, Source);
    }
}
