using System.Collections;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Syntax;

/// <summary><c>for</c> and <c>tablerow</c> loops with <c>offset</c>, <c>limit</c>, <c>reversed</c>, <c>cols</c> and <c>else</c>.</summary>
internal sealed class ForStatement : Statement
{
    public required Expression Variable { get; init; }
    public required string VariableName { get; init; }
    public required bool IsLocal { get; init; }
    public required Expression Iterable { get; init; }
    public Expression? Offset { get; init; }
    public Expression? Limit { get; init; }
    public bool Reversed { get; init; }
    public Expression? Columns { get; init; }
    public bool IsTableRow { get; init; }
    public required Statement Body { get; init; }
    public Statement? Otherwise { get; set; }

    public override void Execute(TemplateContext context)
    {
        var source = Iterable.Evaluate(context);
        IReadOnlyList<object?>? items = source switch
        {
            null => null,
            ScriptArray array => array,
            ScriptRange range => range,
            IReadOnlyList<object?> list => list,
            string => throw new TemplateException(Iterable.Span, $"Unexpected string value for a loop. Expecting an enumerable instead of `{context.ToText(source)}`"),
            IDictionary<string, object?> or IDictionary => throw new TemplateException(Iterable.Span, "Unexpected object value for a loop. Expecting an enumerable"),
            IEnumerable enumerable => enumerable.Cast<object?>().ToList(),
            _ => throw new TemplateException(Iterable.Span, $"Unexpected value `{context.ToText(source)}` of type `{ValueConverter.TypeName(source)}` for a loop. Expecting an enumerable"),
        };

        var start = 0;
        var count = items?.Count ?? 0;
        if (Offset is not null && ValueConverter.TryToInt(Offset.Evaluate(context), out var offset))
        {
            start = Math.Clamp(offset, 0, count);
            count -= start;
        }

        if (Limit is not null && ValueConverter.TryToInt(Limit.Evaluate(context), out var limit))
        {
            count = Math.Clamp(limit, 0, count);
        }

        var columns = 0;
        if (Columns is not null && ValueConverter.TryToInt(Columns.Evaluate(context), out var cols))
        {
            columns = Math.Max(cols, 0);
        }

        if (count == 0)
        {
            Otherwise?.Execute(context);
            return;
        }

        var loopLimit = context.Limits.LoopLimit;
        var state = new LoopState(isWhile: false) { Length = count };
        ref var frame = ref context.PushLoop(VariableName, state);
        object? previous = null;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (loopLimit > 0 && i >= loopLimit)
                {
                    throw new TemplateException(Span, $"Exceeding number of iteration limit `{loopLimit}` for loop statement.");
                }

                if ((i & 63) == 63)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }

                var item = items![Reversed ? start + count - 1 - i : start + i];
                state.Index = i;
                state.Changed = i == 0 || !Operators.AreEqual(previous, item);
                previous = item;
                context.TopLoop.Value = item;
                if (IsTableRow)
                {
                    ExecuteTableCell(context, state, i, columns, count);
                }
                else
                {
                    Body.Execute(context);
                }

                var flow = context.Flow;
                if (flow != ControlFlow.None)
                {
                    if (flow == ControlFlow.Return)
                    {
                        return;
                    }

                    context.Flow = ControlFlow.None;
                    if (flow == ControlFlow.Break)
                    {
                        if (IsTableRow)
                        {
                            context.WriteText("</td></tr>\n", Span);
                        }

                        return;
                    }
                }
            }
        }
        finally
        {
            context.PopLoop();
        }
    }

    private void ExecuteTableCell(TemplateContext context, LoopState state, int i, int columns, int count)
    {
        var perRow = columns > 0 ? columns : 1;
        var col = (i % perRow) + 1;
        state.Col = col;
        state.Row = (i / perRow) + 1;
        if (col == 1)
        {
            context.WriteText($"<tr class=\"row{state.Row}\">", Span);
        }

        context.WriteText($"<td class=\"col{col}\">", Span);
        Body.Execute(context);
        context.WriteText("</td>", Span);
        if (col == perRow || i == count - 1)
        {
            context.WriteText("</tr>\n", Span);
        }
    }
}

/// <summary><c>while condition … end</c>.</summary>
internal sealed class WhileStatement : Statement
{
    public WhileStatement(Expression condition, Statement body)
    {
        Condition = condition;
        Body = body;
    }

    public Expression Condition { get; }

    public Statement Body { get; }

    public override void Execute(TemplateContext context)
    {
        var loopLimit = context.Limits.LoopLimit;
        var state = new LoopState(isWhile: true);
        context.PushLoop(string.Empty, state);
        try
        {
            var i = 0;
            while (ValueConverter.IsTrue(Condition.Evaluate(context)))
            {
                if (loopLimit > 0 && i >= loopLimit)
                {
                    throw new TemplateException(Span, $"Exceeding number of iteration limit `{loopLimit}` for loop statement.");
                }

                context.CancellationToken.ThrowIfCancellationRequested();
                state.Index = i++;
                Body.Execute(context);
                var flow = context.Flow;
                if (flow != ControlFlow.None)
                {
                    if (flow == ControlFlow.Return)
                    {
                        return;
                    }

                    context.Flow = ControlFlow.None;
                    if (flow == ControlFlow.Break)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            context.PopLoop();
        }
    }
}

/// <summary><c>wrap function args … end</c>: calls the function with the body available as <c>$$</c>.</summary>
internal sealed class WrapStatement : Statement
{
    public WrapStatement(CallExpression call, Statement body)
    {
        Call = call;
        Body = body;
    }

    public CallExpression Call { get; }

    public Statement Body { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Call.EvaluateWithWrap(context, Body);
        if (value is not null)
        {
            context.WriteValue(value, null, Span);
        }
    }
}
