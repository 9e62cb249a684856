using CcHc.Docs.Templating.Runtime;
using CcHc.Docs.Templating.Syntax;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>Parsing of expressions: pipes, conditional, binary precedence, unary, calls, primaries.</summary>
internal sealed partial class Parser
{
    private bool _argumentMode;
    private bool _inLoopHeader;
    private bool _stopAtOr;

    /// <summary>True while parsing <c>b</c> of <c>a ? b : c</c>, where <c>:</c> ends an argument list.</summary>
    private bool _inConditionalThen;

    private int Precedence(Token token, out BinaryOperator op)
    {
        op = default;
        if (token.Kind != TokenKind.Operator)
        {
            return -1;
        }

        switch (token.Text)
        {
            case "|" when _scientific: op = BinaryOperator.BitOr; return 2;
            case "&" when _scientific: op = BinaryOperator.BitAnd; return 3;
            case "??": op = BinaryOperator.NullCoalesce; return 1;
            case "?!": op = BinaryOperator.NotNullCoalesce; return 1;
            case "||": op = BinaryOperator.Or; return 2;
            case "&&": op = BinaryOperator.And; return 3;
            case "==": op = BinaryOperator.Equal; return 4;
            case "!=": op = BinaryOperator.NotEqual; return 4;
            case "<": op = BinaryOperator.Less; return 5;
            case "<=": op = BinaryOperator.LessOrEqual; return 5;
            case ">": op = BinaryOperator.Greater; return 5;
            case ">=": op = BinaryOperator.GreaterOrEqual; return 5;
            case "<<": op = BinaryOperator.ShiftLeft; return 6;
            case ">>": op = BinaryOperator.ShiftRight; return 6;
            case "..": op = BinaryOperator.RangeInclude; return 7;
            case "..<": op = BinaryOperator.RangeExclude; return 7;
            case "+": op = BinaryOperator.Add; return 8;
            case "-": op = BinaryOperator.Subtract; return 8;
            case "*": op = BinaryOperator.Multiply; return 9;
            case "/": op = BinaryOperator.Divide; return 9;
            case "//": op = BinaryOperator.DivideRound; return 9;
            case "%": op = BinaryOperator.Modulus; return 9;
            default: return -1;
        }
    }

    private T Finish<T>(T expression, Token start)
        where T : Expression
    {
        var end = Math.Max(_tokens[Math.Max(_pos - 1, 0)].End, start.End);
        expression.Source = end > start.Start ? _source.Substring(start.Start, end - start.Start) : start.Text;
        return expression;
    }

    private Expression? ParseExpression(bool allowAssignTarget)
    {
        var savedArgument = _argumentMode;
        _argumentMode = false;
        try
        {
            var start = Current;
            var left = ParseConditional();
            if (left is null)
            {
                return null;
            }

            while (!_scientific && IsOperator("|"))
            {
                Advance();
                while (Current.Kind == TokenKind.NewLine)
                {
                    Advance();
                }

                var right = ParseUnary();
                if (right is null)
                {
                    Error(Current, $"Error while parsing pipe expression: Expecting <expression> instead of `{Display(Current)}` in: <expression> | <expression>");
                    return left;
                }

                left = Finish(new PipeExpression(left, right) { Span = left.Span }, start);
                left = ParseBinaryRest(left, 1, start);
                left = ParseConditionalRest(left, start);
            }

            if (!allowAssignTarget && IsOperator("="))
            {
                ReportNestedAssignment(left);
            }

            return left;
        }
        finally
        {
            _argumentMode = savedArgument;
        }
    }

    /// <summary>
    /// <c>x = y = 1</c>, <c>1 + (u = 8)</c>: only a statement may assign. Reports the error at the target and
    /// parses the value (which may report further nested assignments) so parsing goes on after it.
    /// </summary>
    private void ReportNestedAssignment(Expression target)
    {
        Error(target.Span, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
        Advance();
        if (ParseExpression(allowAssignTarget: false) is null)
        {
            Error(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{Display(Current)}` in: <target_expression> = <value_expression>");
        }
    }

    private Expression? ParseConditional()
    {
        var start = Current;
        var condition = ParseBinary(1);
        return condition is null ? null : ParseConditionalRest(condition, start);
    }

    private Expression ParseConditionalRest(Expression condition, Token start)
    {
        if (!IsOperator("?"))
        {
            return condition;
        }

        Advance();
        var savedThen = _inConditionalThen;
        _inConditionalThen = true;
        Expression? then;
        try
        {
            then = ParseConditional();
        }
        finally
        {
            _inConditionalThen = savedThen;
        }

        if (then is null)
        {
            Error(Current, $"Error while parsing conditional expression: Expecting <expression> instead of `{Display(Current)}` in: <expression> ? <expression> : <expression>");
            return condition;
        }

        if (!IsOperator(":"))
        {
            Error(Current, $"Error while parsing conditional expression: Expecting `:` instead of `{Display(Current)}` in: <expression> ? <expression> : <expression>");
            return condition;
        }

        Advance();
        var otherwise = ParseConditional();
        if (otherwise is null)
        {
            Error(Current, $"Error while parsing conditional expression: Expecting <expression> instead of `{Display(Current)}` in: <expression> ? <expression> : <expression>");
            return condition;
        }

        return Finish(new ConditionalExpression(condition, then, otherwise) { Span = condition.Span }, start);
    }

    private Expression? ParseBinary(int minPrecedence)
    {
        var start = Current;
        var left = ParseUnary();
        return left is null ? null : ParseBinaryRest(left, minPrecedence, start);
    }

    private Expression ParseBinaryRest(Expression left, int minPrecedence, Token start)
    {
        while (true)
        {
            var precedence = Precedence(Current, out var op);
            if (precedence < minPrecedence || (_stopAtOr && op == BinaryOperator.Or))
            {
                return left;
            }

            var opToken = Advance();
            EnterDepth();
            Expression? right;
            try
            {
                right = ParseBinary(precedence + 1);
            }
            finally
            {
                ExitDepth();
            }

            if (right is null)
            {
                Error(Current, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{Display(Current)}` in: <expression> operator <expression>");
                return left;
            }

            left = Finish(new BinaryExpression(op, left, right, SpanOf(opToken)) { Span = left.Span }, start);
        }
    }

    /// <summary>A binary-level expression without pipes (case values, default parameter values).</summary>
    private Expression? ParseBinaryOperand(bool stopAtOr)
    {
        var saved = _stopAtOr;
        _stopAtOr = stopAtOr;
        try
        {
            return ParseBinary(1);
        }
        finally
        {
            _stopAtOr = saved;
        }
    }

    /// <summary>A unary-level operand that never becomes a call (loop parameters).</summary>
    private Expression? ParseUnaryOperand()
    {
        var saved = _argumentMode;
        _argumentMode = true;
        try
        {
            return ParseUnary();
        }
        finally
        {
            _argumentMode = saved;
        }
    }

    /// <summary>A primary with member/index access only (targets of capture, with, @, ^).</summary>
    private Expression? ParsePostfixOnly()
    {
        var saved = _argumentMode;
        _argumentMode = true;
        try
        {
            var start = Current;
            var primary = ParsePrimary();
            return primary is null ? null : ParsePostfix(primary, start);
        }
        finally
        {
            _argumentMode = saved;
        }
    }

    private Expression? ParseUnary()
    {
        var start = Current;
        EnterDepth();
        try
        {
            if (start.Kind == TokenKind.Operator)
            {
                switch (start.Text)
                {
                    case "!":
                    case "-":
                    case "+":
                    {
                        Advance();
                        var operand = ParseUnary();
                        if (operand is null)
                        {
                            Error(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{Display(Current)}` in: <operator> <expression>");
                            return null;
                        }

                        if (start.Text == "-" && operand is LiteralExpression { Value: int or long or double or float or decimal } literal)
                        {
                            var negated = new UnaryExpression('-', operand).Evaluate(null!);
                            return Finish(new LiteralExpression(negated) { Span = SpanOf(start) }, start);
                        }

                        return Finish(new UnaryExpression(start.Text[0], operand) { Span = SpanOf(start) }, start);
                    }

                    case "@":
                    case "^":
                    {
                        Advance();
                        var target = ParsePostfixOnly();
                        if (target is null)
                        {
                            Error(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{Display(Current)}` in: <operator> <expression>");
                            return null;
                        }

                        Expression result = start.Text == "@"
                            ? new AliasExpression(target) { Span = SpanOf(start) }
                            : new ExpandExpression(target) { Span = SpanOf(start) };
                        return Finish(result, start);
                    }

                    case "++":
                    case "--":
                    {
                        Advance();
                        var target = ParsePostfixOnly();
                        if (target is null || !target.IsAssignable)
                        {
                            Error(start, "The increment/decrement operator expects a variable, a member or an indexer");
                            return target;
                        }

                        return Finish(new IncrementExpression(target, start.Text == "++" ? 1 : -1, isPostfix: false) { Span = SpanOf(start) }, start);
                    }
                }
            }

            var primary = ParsePrimary();
            if (primary is null)
            {
                return null;
            }

            var expression = ParsePostfix(primary, start);
            if (!_argumentMode && IsCallable(expression) && CanStartArgument())
            {
                expression = ParseCallArguments(expression, start);
            }

            return expression;
        }
        finally
        {
            ExitDepth();
        }
    }

    private static bool IsCallable(Expression expression) =>
        expression is VariableExpression or MemberExpression or IndexerExpression or ArgumentsExpression or LiteralExpression { Value: not string } or AliasExpression or ParenthesisExpression;

    private bool CanStartArgument()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (_inLoopHeader && token.Text is "offset" or "limit" or "reversed" or "cols")
                {
                    return false;
                }

                return token.Text is not ("in" or "end" or "else" or "when");
            case TokenKind.LocalVariable:
            case TokenKind.Integer:
            case TokenKind.Float:
            case TokenKind.String:
            case TokenKind.InterpStart:
                return true;
            case TokenKind.Operator:
                switch (token.Text)
                {
                    case "(":
                    case "[":
                        return token.SpaceBefore;
                    case "{":
                    case "@":
                    case "^":
                        return true;
                    case "-":
                    case "+":
                    case "!":
                        var next = PeekToken();
                        return token.SpaceBefore && !next.SpaceBefore && next.Kind is not (TokenKind.NewLine or TokenKind.CodeExit or TokenKind.Eof or TokenKind.Operator);
                }

                return false;
            default:
                return false;
        }
    }

    private Expression ParseCallArguments(Expression callee, Token start)
    {
        var arguments = new List<Expression>();
        List<(string, Expression)>? named = null;
        var saved = _argumentMode;
        _argumentMode = true;
        try
        {
            while (CanStartArgument())
            {
                if (Current.Kind is TokenKind.Identifier or TokenKind.LocalVariable && PeekToken().Kind == TokenKind.Operator && PeekToken().Text == ":")
                {
                    var nameToken = Advance();
                    Advance();
                    var value = ParseUnary();
                    if (value is null)
                    {
                        Error(Current, $"Expecting an expression for the named argument `{nameToken.Text}` instead of `{Display(Current)}`");
                        break;
                    }

                    (named ??= new List<(string, Expression)>()).Add((nameToken.Text, value));
                    continue;
                }

                var argument = ParseUnary();
                if (argument is null)
                {
                    break;
                }

                arguments.Add(argument);
                if (IsOperator(":") && !_inConditionalThen)
                {
                    Error(argument.Span, "Expecting a simple global or local variable before `:` in order to create a named argument");
                    break;
                }
            }
        }
        finally
        {
            _argumentMode = saved;
        }

        return Finish(new CallExpression(callee, arguments.ToArray(), named?.ToArray()) { Span = callee.Span }, start);
    }

    private Expression ParsePostfix(Expression expression, Token start)
    {
        while (true)
        {
            var token = Current;
            if (token.Kind != TokenKind.Operator)
            {
                return expression;
            }

            switch (token.Text)
            {
                case ".":
                case "?.":
                {
                    Advance();
                    var member = Current;
                    if (member.Kind != TokenKind.Identifier)
                    {
                        Error(member, $"Invalid token found `{Display(member)}`. Expecting an identifier after `{token.Text}`");
                        return expression;
                    }

                    Advance();
                    if (expression is LoopObjectExpression loop && expression.Source is { } loopName)
                    {
                        ValidateLoopMember(loop, loopName, member, start);
                    }

                    expression = Finish(new MemberExpression(expression, member.Text, token.Text == "?.")
                    {
                        Span = SpanOf(member),
                        CallSpan = new SourceSpan(_name, member.Line, member.Column + (member.End - member.Start)),
                    }, start);
                    continue;
                }

                case "[" when !token.SpaceBefore:
                {
                    Advance();
                    var index = ParseExpression(allowAssignTarget: false);
                    if (index is null)
                    {
                        Error(Current, $"Error while parsing indexer expression: Expecting <index_expression> instead of `{Display(Current)}` in: <expression>[<index_expression>]");
                    }

                    if (!IsOperator("]"))
                    {
                        Error(Current, $"Unexpected `{Display(Current)}`. Expecting ']'");
                        return expression;
                    }

                    Advance();
                    expression = Finish(new IndexerExpression(expression, index ?? new LiteralExpression(null)) { Span = expression.Span }, start);
                    continue;
                }

                case "(" when !token.SpaceBefore && expression is VariableExpression or MemberExpression:
                    expression = ParseParenthesizedCall(expression, start);
                    continue;
                case "++":
                case "--":
                    if (!expression.IsAssignable)
                    {
                        return expression;
                    }

                    Advance();
                    expression = Finish(new IncrementExpression(expression, token.Text == "++" ? 1 : -1, isPostfix: true) { Span = expression.Span }, start);
                    continue;
                default:
                    return expression;
            }
        }
    }

    private void ValidateLoopMember(LoopObjectExpression loop, string loopName, Token member, Token start)
    {
        if (loop.IsWhile)
        {
            if (!LoopState.IsWhileMember(member.Text))
            {
                Error(start, $"The loop variable <{loopName}.{member.Text}> is invalid");
            }
        }
        else if (!LoopState.IsForMember(member.Text))
        {
            Error(start, $"The loop variable <{loopName}.{member.Text}> is not supported");
        }
    }

    private Expression ParseParenthesizedCall(Expression callee, Token start)
    {
        Advance();
        var saved = _argumentMode;
        _argumentMode = false;
        var arguments = new List<Expression>();
        List<(string, Expression)>? named = null;
        try
        {
            while (Current.Kind == TokenKind.NewLine)
            {
                Advance();
            }

            while (!IsOperator(")") && !IsEndOfStatement(Current))
            {
                if (Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.Operator && PeekToken().Text == ":")
                {
                    var nameToken = Advance();
                    Advance();
                    var value = ParseExpression(allowAssignTarget: false);
                    if (value is null)
                    {
                        Error(Current, $"Expecting an expression for the named argument `{nameToken.Text}` instead of `{Display(Current)}`");
                        break;
                    }

                    (named ??= new List<(string, Expression)>()).Add((nameToken.Text, value));
                }
                else
                {
                    var argument = ParseExpression(allowAssignTarget: false);
                    if (argument is null)
                    {
                        break;
                    }

                    arguments.Add(argument);
                }

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
        }
        finally
        {
            _argumentMode = saved;
        }

        return Finish(new CallExpression(callee, arguments.ToArray(), named?.ToArray()) { Span = callee.Span, IsParenthesized = true }, start);
    }
}
