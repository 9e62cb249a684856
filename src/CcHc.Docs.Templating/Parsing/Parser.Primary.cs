using CcHc.Docs.Templating.Runtime;
using CcHc.Docs.Templating.Syntax;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>Parsing of primary expressions: literals, variables, parentheses, arrays, objects, anonymous functions.</summary>
internal sealed partial class Parser
{
    private Expression? ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                Advance();
                return Finish(new LiteralExpression(token.Number) { Span = SpanOf(token) }, token);
            case TokenKind.String:
                Advance();
                return Finish(new LiteralExpression(token.Text) { Span = SpanOf(token) }, token);
            case TokenKind.InterpStart:
                return ParseInterpolated();
            case TokenKind.Identifier:
                return ParseIdentifier();
            case TokenKind.LocalVariable:
                Advance();
                return Finish(LocalVariable(token), token);
            case TokenKind.Operator:
                switch (token.Text)
                {
                    case "(":
                        return ParseParenthesis();
                    case "[":
                        return ParseArray();
                    case "{":
                        return ParseObject();
                }

                return null;
            default:
                return null;
        }
    }

    private Expression LocalVariable(Token token)
    {
        var span = SpanOf(token);
        if (token.Text == "$")
        {
            return new ArgumentsExpression(-1) { Span = span };
        }

        if (token.Text == "$$")
        {
            return new ArgumentsExpression(-2) { Span = span };
        }

        if (token.Text.Length > 1 && token.Text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 && int.TryParse(token.Text.AsSpan(1), out var index))
        {
            return new ArgumentsExpression(index) { Span = span };
        }

        return new VariableExpression(token.Text, isLocal: true) { Span = span };
    }

    private Expression? ParseIdentifier()
    {
        var token = Advance();
        var span = SpanOf(token);
        Expression expression;
        switch (token.Text)
        {
            case "true":
                expression = new LiteralExpression(true) { Span = span };
                break;
            case "false":
                expression = new LiteralExpression(false) { Span = span };
                break;
            case "null":
                expression = new LiteralExpression(null) { Span = span };
                break;
            case "this":
                expression = new ThisExpression { Span = span };
                break;
            case "empty":
                expression = new EmptyExpression { Span = span };
                break;
            case "do":
                return ParseAnonymousFunction(token);
            case "for":
            case "while":
            case "tablerow":
                if (IsOperator(".") || IsOperator("?."))
                {
                    expression = new LoopObjectExpression(token.Text == "while") { Span = span };
                    break;
                }

                goto default;
            default:
                expression = new VariableExpression(token.Text, isLocal: false) { Span = span };
                break;
        }

        return Finish(expression, token);
    }

    private Expression ParseAnonymousFunction(Token start)
    {
        const string syntax = "do ... end";
        var parameters = IsOperator("(") && !Current.SpaceBefore ? ParseParameters() : null;
        var body = ParseFunctionBody(out var terminator);
        if (terminator is not null && terminator.Text == "end")
        {
            Advance();
        }
        else
        {
            Error(start, $"Error while parsing anonymous function: The <end> statement was not found in: {syntax}");
        }

        var function = new ScriptFunction("do", parameters, body, SpanOf(start));
        return Finish(new FunctionExpression(function) { Span = SpanOf(start) }, start);
    }

    private Expression? ParseInterpolated()
    {
        var start = Advance();
        var parts = new List<Expression>();
        while (Current.Kind != TokenKind.InterpEnd && Current.Kind != TokenKind.Eof)
        {
            var token = Current;
            if (token.Kind == TokenKind.InterpPart)
            {
                Advance();
                if (token.Text.Length > 0)
                {
                    parts.Add(new LiteralExpression(token.Text) { Span = SpanOf(token) });
                }

                continue;
            }

            if (token.Kind == TokenKind.InterpExprStart)
            {
                Advance();
                var expression = ParseExpression(allowAssignTarget: false);
                if (Current.Kind is TokenKind.NewLine or TokenKind.Eof)
                {
                    // Scriban's recovery: the string ends here, unfinished; the statement ends at this line, and the
                    // `}` found later (which the lexer still reads as closing this expression) is a fatal stray token.
                    Error(Current, "Opened interpolated expression not closed on the same line.");
                    Error(Current, $"Unexpected token `{Display(Current)}` while parsing expression");
                    if (expression is not null)
                    {
                        parts.Add(expression);
                    }

                    break;
                }

                if (expression is null)
                {
                    Error(Current, $"Unexpected token `{Display(Current)}` while parsing expression");
                }
                else
                {
                    parts.Add(expression);
                }

                if (Current.Kind == TokenKind.InterpExprEnd)
                {
                    Advance();
                }
                else
                {
                    if (expression is not null)
                    {
                        Error(Current, $"Unexpected token `{Display(Current)}` while parsing interpolated expression. Expecting `}}`");
                    }

                    while (Current.Kind is not (TokenKind.InterpExprEnd or TokenKind.InterpEnd or TokenKind.Eof or TokenKind.InterpPart))
                    {
                        Advance();
                    }

                    if (Current.Kind == TokenKind.InterpExprEnd)
                    {
                        Advance();
                    }
                }

                continue;
            }

            break;
        }

        if (Current.Kind == TokenKind.InterpEnd)
        {
            Advance();
        }
        else if (Current.Kind == TokenKind.Invalid)
        {
            // The lexer's mark for a string not terminated before the end of the text; left to the statement,
            // which then reports it as not ending where it should.
            Error(Current, $"Unexpected token `{Display(Current)}` while parsing expression");
        }

        if (parts.Count == 1 && parts[0] is LiteralExpression { Value: string })
        {
            return Finish(new LiteralExpression(((LiteralExpression)parts[0]).Value) { Span = SpanOf(start) }, start);
        }

        return Finish(new InterpolatedStringExpression(parts.ToArray()) { Span = SpanOf(start) }, start);
    }

    private Expression? ParseParenthesis()
    {
        var start = Advance();
        var inner = ParseExpression(allowAssignTarget: false);
        if (inner is null)
        {
            Error(Current, $"Error while parsing nested expression: Expecting <expression> instead of `{Display(Current)}` in: (<expression>)");
            return null;
        }

        if (!IsOperator(")"))
        {
            Error(Current, $"Invalid token `{Display(Current)}`. Expecting a closing `)`.");
            return inner;
        }

        Advance();
        return Finish(new ParenthesisExpression(inner) { Span = inner.Span }, start);
    }

    private void SkipNewLines()
    {
        while (Current.Kind == TokenKind.NewLine)
        {
            Advance();
        }
    }

    private Expression? ParseArray()
    {
        var start = Advance();
        var items = new List<Expression>();
        SkipNewLines();
        while (!IsOperator("]"))
        {
            var item = ParseExpression(allowAssignTarget: false);
            if (item is null)
            {
                Error(Current, $"Error while parsing array initializer: Expecting <expression> instead of `{Display(Current)}` in: [item1, item2,...]");
                break;
            }

            items.Add(item);
            SkipNewLines();
            if (IsOperator(","))
            {
                Advance();
                SkipNewLines();
                continue;
            }

            break;
        }

        if (!IsOperator("]"))
        {
            Error(Current, $"Unexpected token found `{Display(Current)}` while expecting `]`.");
            return Finish(new ArrayExpression(items.ToArray()) { Span = SpanOf(start) }, start);
        }

        Advance();
        return Finish(new ArrayExpression(items.ToArray()) { Span = SpanOf(start) }, start);
    }

    /// <summary>After a bad member: a placeholder; the tokens left are parsed by the enclosing expression and statement, as Scriban does.</summary>
    private Expression RecoverObject(Token start) =>
        new LiteralExpression(null) { Span = SpanOf(start), Source = "{" };

    private Expression? ParseObject()
    {
        var start = Advance();
        var members = new List<(string, Expression)>();
        SkipNewLines();
        while (!IsOperator("}"))
        {
            var key = Current;
            if (key.Kind is not (TokenKind.Identifier or TokenKind.String))
            {
                Error(key, $"Unexpected token `{Display(key)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                return RecoverObject(start);
            }

            Advance();
            if (!IsOperator(":"))
            {
                Error(Current, $"Unexpected token `{Display(Current)}` Expecting a colon : after identifier `{key.Text}` for object initializer member name");
                return RecoverObject(start);
            }

            Advance();
            SkipNewLines();
            var value = ParseExpression(allowAssignTarget: false);
            if (value is null)
            {
                Error(Current, $"Unexpected token `{Display(Current)}`. Expecting an expression for the value of the member.");
                return RecoverObject(start);
            }

            members.Add((key.Text, value));
            SkipNewLines();
            if (IsOperator(","))
            {
                Advance();
                SkipNewLines();
                continue;
            }

            break;
        }

        if (!IsOperator("}"))
        {
            Error(Current, $"Unexpected token found `{Display(Current)}` while expecting `}}`.");
            return null;
        }

        Advance();
        return Finish(new ObjectExpression(members.ToArray()) { Span = SpanOf(start) }, start);
    }
}
