using CcHc.Docs.Templating.Runtime;
using CcHc.Docs.Templating.Syntax;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>Parsing of block statements.</summary>
internal sealed partial class Parser
{
    private Statement ParseIf()
    {
        var start = Advance();
        return ParseIfRest(start);
    }

    private Statement ParseIfRest(Token start)
    {
        const string syntax = "if <expression> ... end|else|else if";
        var condition = ParseExpression(allowAssignTarget: false);
        if (condition is null)
        {
            Error(Current, $"Error while parsing if statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
            SkipToEndOfStatement();
            condition = new LiteralExpression(false);
        }
        else
        {
            ReportAssignInExpression(condition);
        }

        var headerOk = ExpectEndOfStatement();
        var then = ParseBody(out var terminator);
        var statement = new IfStatement(condition, then, null) { Span = SpanOf(start) };
        if (terminator is not null && terminator.Text == "else")
        {
            var elseToken = Advance();
            if (IsKeyword("if"))
            {
                var nested = Advance();
                statement.Otherwise = ParseIfRest(nested);
                return statement;
            }

            var elseOk = ExpectEndOfStatement();
            statement.Otherwise = ParseBody(out terminator);
            if (terminator is not null && terminator.Text != "end")
            {
                Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
            }

            ExpectEnd(terminator, start, "if", syntax, reportMissing: elseOk);
            _ = elseToken;
            return statement;
        }

        if (terminator is not null && terminator.Text == "when")
        {
            Error(terminator, $"Unexpected statement `when` in if statement");
            return statement;
        }

        ExpectEnd(terminator, start, "if", syntax, reportMissing: headerOk);
        return statement;
    }

    private void ReportAssignInExpression(Expression expression)
    {
        if (Current.Kind == TokenKind.Operator && Current.Text == "=")
        {
            Error(expression.Span, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
            SkipToEndOfStatement();
        }
    }

    private Statement ParseFor(bool isTableRow)
    {
        var start = Advance();
        var keyword = isTableRow ? "tablerow" : "for";
        var syntax = $"{keyword} <variable> in <expression> ... end";
        var variableToken = Current;
        Expression? variable = null;
        if (variableToken.Kind is TokenKind.Identifier or TokenKind.LocalVariable && variableToken.Text != "in")
        {
            Advance();
            variable = new VariableExpression(variableToken.Text, variableToken.Kind == TokenKind.LocalVariable) { Span = SpanOf(variableToken), Source = variableToken.Text };
        }
        else
        {
            Error(start, $"Error while parsing {keyword} statement: Expecting a variable instead of `{Display(variableToken)}` in: {syntax}");
            SkipToEndOfStatement();
        }

        Expression? iterable = null;
        if (variable is not null)
        {
            if (IsKeyword("in"))
            {
                Advance();
                _inLoopHeader = true;
                try
                {
                    iterable = ParseExpression(allowAssignTarget: false);
                }
                finally
                {
                    _inLoopHeader = false;
                }

                if (iterable is null)
                {
                    Error(Current, $"Error while parsing {keyword} statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
                    SkipToEndOfStatement();
                }
            }
            else
            {
                Error(start, $"Error while parsing {keyword} statement: Expecting 'in' word instead of `{Display(Current)}` in: {syntax}");
                SkipToEndOfStatement();
            }
        }

        Expression? offset = null, limit = null, columns = null;
        var reversed = false;
        while (Current.Kind == TokenKind.Identifier && Current.Text is "offset" or "limit" or "reversed" or "cols")
        {
            var parameter = Advance();
            if (parameter.Text == "reversed")
            {
                reversed = true;
                continue;
            }

            if (IsOperator(":"))
            {
                Advance();
            }

            var value = ParseUnaryOperand();
            if (value is null)
            {
                Error(Current, $"Expecting an expression for the `{parameter.Text}` parameter of the {keyword} statement instead of `{Display(Current)}`");
                break;
            }

            switch (parameter.Text)
            {
                case "offset": offset = value; break;
                case "limit": limit = value; break;
                default: columns = value; break;
            }
        }

        var headerOk = ExpectEndOfStatement();
        _loopDepth++;
        Statement body;
        Token? terminator;
        try
        {
            body = ParseBody(out terminator);
        }
        finally
        {
            _loopDepth--;
        }

        Statement? otherwise = null;
        if (terminator is not null && terminator.Text == "else" && !isTableRow)
        {
            Advance();
            ExpectEndOfStatement();
            otherwise = ParseBody(out terminator);
        }

        ExpectEnd(terminator, start, keyword, syntax, reportMissing: headerOk);
        if (variable is null || iterable is null)
        {
            return NopStatement.Instance;
        }

        return new ForStatement
        {
            Span = SpanOf(start),
            Variable = variable,
            VariableName = ((VariableExpression)variable).Name,
            IsLocal = ((VariableExpression)variable).IsLocal,
            Iterable = iterable,
            Offset = offset,
            Limit = limit,
            Reversed = reversed,
            Columns = columns,
            IsTableRow = isTableRow,
            Body = body,
            Otherwise = otherwise,
        };
    }

    private Statement ParseWhile()
    {
        var start = Advance();
        const string syntax = "while <expression> ... end";
        var condition = ParseExpression(allowAssignTarget: false);
        if (condition is null)
        {
            Error(Current, $"Error while parsing while statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
            SkipToEndOfStatement();
            condition = new LiteralExpression(false);
        }
        else
        {
            ReportAssignInExpression(condition);
        }

        ExpectEndOfStatement();
        _loopDepth++;
        Statement body;
        Token? terminator;
        try
        {
            body = ParseBody(out terminator);
        }
        finally
        {
            _loopDepth--;
        }

        ExpectEnd(terminator, start, "while", syntax);
        return new WhileStatement(condition, body) { Span = SpanOf(start) };
    }

    private Statement ParseCase()
    {
        var start = Advance();
        const string syntax = "case <expression> ... end|when|else";
        var value = ParseExpression(allowAssignTarget: false);
        if (value is null)
        {
            Error(Current, $"Error while parsing case statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
            SkipToEndOfStatement();
            value = new LiteralExpression(null);
        }
        else
        {
            ReportAssignInExpression(value);
        }

        var headerOk = ExpectEndOfStatement();
        var whens = new List<(Expression[] Values, Statement Body)>();
        Statement? otherwise = null;

        // Only blank content is allowed before the first `when`.
        var starts = new List<Token>();
        _statementStarts = starts;
        var leading = ParseStatements(out var terminator);
        for (var i = 0; i < leading.Count; i++)
        {
            var statement = leading[i];
            if (statement is not TextStatement text || !string.IsNullOrWhiteSpace(text.Text))
            {
                // Scriban names the first token of the statement (`variable` for `variable = 6`).
                var first = starts[i];
                var source = first.Kind == TokenKind.Text ? "text" : _source.Substring(first.Start, first.End - first.Start);
                Error(statement.Span, $"Unexpected statement/expression `{source}` in the body of a `case` statement. Only `when`/`else` are expected.");
            }
        }

        if (terminator is not null && terminator.Text == "else" && whens.Count == 0)
        {
            // An `else` directly in a `case` has no `when` to follow.
            Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
        }

        while (terminator is not null && terminator.Text == "when")
        {
            Advance();
            var values = new List<Expression>();
            while (true)
            {
                var candidate = ParseBinaryOperand(stopAtOr: true);
                if (candidate is null)
                {
                    Error(Current, $"Error while parsing when statement: Expecting <expression> instead of `{Display(Current)}` in: when <expression> ... end|when|else");
                    SkipToEndOfStatement();
                    break;
                }

                values.Add(candidate);
                if (IsOperator(",") || IsOperator("||"))
                {
                    Advance();
                    continue;
                }

                break;
            }

            ReportAssignInExpression(values[^1]);
            ExpectEndOfStatement();
            var body = ParseBody(out terminator);
            whens.Add((values.ToArray(), body));
        }

        if (terminator is not null && terminator.Text == "else")
        {
            Advance();
            ExpectEndOfStatement();
            otherwise = ParseBody(out terminator);
            if (terminator is not null && terminator.Text == "else")
            {
                Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
                Advance();
                SkipToEndOfStatement();
                ParseBody(out terminator);
            }
        }

        ExpectEnd(terminator, start, "case", syntax, reportMissing: headerOk);
        return new CaseStatement(value, whens.ToArray(), otherwise) { Span = SpanOf(start) };
    }

    private Statement ParseFunction()
    {
        var start = Advance();
        const string syntax = "func <variable> ... end";
        var nameToken = Current;
        if (nameToken.Kind is not (TokenKind.Identifier or TokenKind.LocalVariable))
        {
            Error(nameToken, $"Error while parsing function statement: Expecting a function name instead of `{Display(nameToken)}` in: {syntax}");
            SkipToEndOfStatement();
            return NopStatement.Instance;
        }

        Advance();
        var target = new VariableExpression(nameToken.Text, nameToken.Kind == TokenKind.LocalVariable) { Span = SpanOf(nameToken), Source = nameToken.Text };
        FunctionParameter[]? parameters = null;
        if (IsOperator("(") && !Current.SpaceBefore)
        {
            parameters = ParseParameters();
        }

        ExpectEndOfStatement();
        var body = ParseFunctionBody(out var terminator);
        if (!ExpectEnd(terminator, nameToken, "function", syntax) && terminator is not null)
        {
            Error(terminator, $"Unexpected `{terminator.Text}` in function body");
        }

        var function = new ScriptFunction(nameToken.Text, parameters, body, SpanOf(start));
        return new FunctionStatement(target, function) { Span = SpanOf(start) };
    }

    private Statement ParseFunctionBody(out Token? terminator)
    {
        var savedLoop = _loopDepth;
        _loopDepth = 0;
        _functionDepth++;
        try
        {
            return ParseBody(out terminator);
        }
        finally
        {
            _functionDepth--;
            _loopDepth = savedLoop;
        }
    }

    private FunctionParameter[] ParseParameters()
    {
        Advance();
        var parameters = new List<FunctionParameter>();
        var sawOptional = false;
        var sawVariadic = false;
        while (!IsOperator(")") && !IsEndOfStatement(Current))
        {
            var nameToken = Current;
            if (nameToken.Kind != TokenKind.Identifier)
            {
                Error(nameToken, $"Expecting a parameter name instead of `{Display(nameToken)}`");
                SkipToEndOfStatement();
                break;
            }

            Advance();
            Expression? defaultValue = null;
            var variadic = false;
            if (IsOperator("="))
            {
                Advance();
                defaultValue = ParseBinaryOperand(stopAtOr: false);
                if (sawVariadic)
                {
                    Error(nameToken, "Cannot declare an optional parameter after a variable parameter (`...`).");
                }

                sawOptional = true;
            }
            else if (IsOperator("..") && PeekToken().Kind == TokenKind.Operator && PeekToken().Text == ".")
            {
                Advance();
                Advance();
                variadic = true;
                sawVariadic = true;
            }
            else if (sawOptional || sawVariadic)
            {
                Error(nameToken, "Cannot declare a normal parameter after an optional parameter.");
            }

            parameters.Add(new FunctionParameter(nameToken.Text, defaultValue, variadic));
            if (IsOperator(","))
            {
                Advance();
            }
        }

        if (IsOperator(")"))
        {
            Advance();
        }
        else
        {
            Error(Current, $"Invalid token `{Display(Current)}`. Expecting a closing `)`.");
        }

        return parameters.ToArray();
    }

    private Statement ParseCapture()
    {
        var start = Advance();
        const string syntax = "capture <variable> ... end";
        var target = ParsePostfixOnly();
        if (target is null || !target.IsAssignable)
        {
            Error(Current, $"Error while parsing capture statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
            SkipToEndOfStatement();
        }

        ExpectEndOfStatement();
        var body = ParseBody(out var terminator);
        ExpectEnd(terminator, start, "capture", syntax);
        return target is null ? NopStatement.Instance : new CaptureStatement(target, body) { Span = SpanOf(start) };
    }

    private Statement ParseWith()
    {
        var start = Advance();
        const string syntax = "with <variable> ... end";
        var targetStart = Current;
        var target = ParsePostfixOnly();
        if (target is null)
        {
            Error(Current, $"Error while parsing with statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
            SkipToEndOfStatement();
        }

        ExpectEndOfStatement();
        var body = ParseBody(out var terminator);
        ExpectEnd(terminator, start, "with", syntax);
        return target is null ? NopStatement.Instance : new WithStatement(target, body) { Span = SpanOf(targetStart) };
    }

    private Statement ParseWrap()
    {
        var start = Advance();
        const string syntax = "wrap <function> <arg1...argn> ... end";
        var calleeToken = Current;
        var expression = ParseExpression(allowAssignTarget: false);
        CallExpression? call = expression switch
        {
            CallExpression c => c,
            VariableExpression or MemberExpression => new CallExpression(expression, Array.Empty<Expression>(), null) { Span = expression.Span, Source = expression.Source },
            _ => null,
        };

        if (expression is null)
        {
            Error(Current, $"Error while parsing wrap statement: Expecting <expression> instead of `{Display(Current)}` in: {syntax}");
        }
        else if (call is null || call.Callee is not (VariableExpression or MemberExpression))
        {
            var shown = call?.Callee ?? expression;
            Error(SpanOf(calleeToken), $"Expecting a direct function instead of the expression `{shown.Source}/{DescribeKind(shown)}`");
            call = null;
        }

        ExpectEndOfStatement();
        var body = ParseBody(out var terminator);
        ExpectEnd(terminator, start, "wrap", syntax);
        return call is null ? NopStatement.Instance : new WrapStatement(call, body) { Span = SpanOf(start) };
    }

    private static string DescribeKind(Expression expression) => expression switch
    {
        ParenthesisExpression => "nested expression",
        VariableExpression => "variable",
        MemberExpression => "member",
        LiteralExpression => "literal",
        _ => "expression",
    };

    private Statement ParseReadOnly()
    {
        var start = Advance();
        var nameToken = Current;
        if (nameToken.Kind != TokenKind.Identifier)
        {
            Error(nameToken, $"Error while parsing readonly statement: Expecting a variable instead of `{Display(nameToken)}` in: readonly <variable>");
            SkipToEndOfStatement();
            return NopStatement.Instance;
        }

        Advance();
        ExpectEndOfStatement();
        return new ReadOnlyStatement(nameToken.Text) { Span = SpanOf(start) };
    }

    private Statement ParseImport()
    {
        var start = Advance();
        var value = ParseExpression(allowAssignTarget: false);
        if (value is null)
        {
            Error(Current, $"Error while parsing import statement: Expecting <expression> instead of `{Display(Current)}` in: import <expression>");
            SkipToEndOfStatement();
            return NopStatement.Instance;
        }

        ExpectEndOfStatement();
        return new ImportStatement(value) { Span = SpanOf(start) };
    }

    private Statement ParseReturn()
    {
        var start = Advance();
        Expression? value = null;
        if (!IsEndOfStatement(Current))
        {
            value = ParseExpression(allowAssignTarget: false);
        }

        ExpectEndOfStatement();
        return new ReturnStatement(value) { Span = SpanOf(start) };
    }

    private Statement ParseFlow(Token token)
    {
        Advance();
        if (_loopDepth == 0)
        {
            Error(token, $"The <{token.Text}> statement can only be used inside for/while loops");
        }

        ExpectEndOfStatement();
        return new FlowStatement(token.Text == "break" ? ControlFlow.Break : ControlFlow.Continue) { Span = SpanOf(token) };
    }
}
