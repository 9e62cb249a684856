using CcHc.Docs.Templating.Runtime;
using CcHc.Docs.Templating.Syntax;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>
/// Recursive-descent parser from tokens to an immutable syntax tree. Collects every syntax error
/// (with location) instead of throwing; deep nesting is cut at <see cref="TemplateLimits.ExpressionDepthLimit"/>.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _name;
    private readonly string _source;
    private readonly List<Token> _tokens;
    private readonly List<TemplateException> _errors;
    private readonly int _depthLimit;

    /// <summary>Scientific mode: <c>|</c> and <c>&amp;</c> are binary operators, not the pipe.</summary>
    private readonly bool _scientific;
    private int _pos;
    private int _depth;
    private int _loopDepth;
    private int _functionDepth;
    private string? _indent;

    /// <summary>When set, the next <see cref="ParseStatements"/> call records the first token of each statement it returns.</summary>
    private List<Token>? _statementStarts;

    /// <summary>Set by a fatal error: the last token read before it. Parsing stops.</summary>
    private Token? _stopped;

    private Parser(string name, string source, List<Token> tokens, List<TemplateException> errors, int depthLimit, bool scientific)
    {
        _scientific = scientific;
        _name = name;
        _source = source;
        _tokens = tokens;
        _errors = errors;
        _depthLimit = depthLimit;
    }

    public static Statement Parse(string source, string name, int depthLimit, List<TemplateException> errors, TemplateLanguage language = TemplateLanguage.Scriban)
    {
        var lexErrors = new List<(int Offset, string Message)>();
        var lexer = new Lexer(source, lexErrors);
        var tokens = lexer.Tokenize();
        var parser = new Parser(name, source, tokens, errors, depthLimit, language == TemplateLanguage.Scientific);
        Statement result;
        try
        {
            result = parser.ParseTemplate();
        }
        catch (ParseAbortException)
        {
            result = NopStatement.Instance;
        }

        foreach (var (offset, message) in lexErrors)
        {
            var (line, column) = lexer.Locate(offset);
            errors.Add(new TemplateException(new SourceSpan(name, line, column), message));
        }

        return result;
    }

    private sealed class ParseAbortException : Exception
    {
    }

    private Token Current => _tokens[_pos];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_pos];
        if (_pos < _tokens.Count - 1)
        {
            _pos++;
        }

        return token;
    }

    private SourceSpan SpanOf(Token token) => new(_name, token.Line, token.Column);

    private void Error(Token token, string message) => _errors.Add(new TemplateException(SpanOf(token), message));

    private void Error(SourceSpan span, string message) => _errors.Add(new TemplateException(span, message));

    private static string Display(Token token) => token.Kind switch
    {
        TokenKind.CodeExit => "}}",
        TokenKind.NewLine => "\\n",
        TokenKind.Eof => "<EOF>",
        TokenKind.String => token.Text,
        _ => token.Text,
    };

    private bool IsOperator(string op) => Current.Kind == TokenKind.Operator && Current.Text == op;

    private bool IsKeyword(string keyword) => Current.Kind == TokenKind.Identifier && Current.Text == keyword;

    private bool IsEndOfStatement(Token token) =>
        token.Kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeExit or TokenKind.Eof;

    private void EnterDepth()
    {
        if (++_depth > _depthLimit && _depthLimit > 0)
        {
            Error(Current, $"The template nesting depth exceeds the limit of {_depthLimit} (TemplateLimits.ExpressionDepthLimit).");
            throw new ParseAbortException();
        }
    }

    private void ExitDepth() => _depth--;

    private Statement ParseTemplate()
    {
        var statements = ParseStatements(out var terminator);
        while (terminator is not null)
        {
            // A stray `end`/`else`/`when` at the top level.
            if (terminator.Text == "end")
            {
                Error(terminator, "Unable to find a pending block for <end>");
            }
            else if (terminator.Text == "else")
            {
                Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
                Advance();
                SkipToEndOfStatement();
                statements.AddRange(ParseStatements(out terminator));
                if (terminator is not null && terminator.Text == "end")
                {
                    Advance();
                    statements.AddRange(ParseStatements(out terminator));
                }

                continue;
            }
            else
            {
                Error(terminator, $"Unexpected statement `{terminator.Text}` without a preceding `case`");
            }

            Advance();
            SkipToEndOfStatement();
            statements.AddRange(ParseStatements(out terminator));
        }

        return new BlockStatement(statements.ToArray());
    }

    /// <summary>Parses statements until <c>end</c>, <c>else</c>, <c>when</c> (returned in <paramref name="terminator"/>, not consumed) or the end of file (null).</summary>
    private List<Statement> ParseStatements(out Token? terminator)
    {
        var statements = new List<Statement>();
        var starts = _statementStarts;
        _statementStarts = null;
        while (true)
        {
            if (_stopped is not null)
            {
                terminator = null;
                return statements;
            }

            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Eof:
                    terminator = null;
                    return statements;
                case TokenKind.Text:
                    Advance();
                    if (token.Text.Length > 0)
                    {
                        statements.Add(new TextStatement(token.Text) { Span = SpanOf(token) });
                        starts?.Add(token);
                    }

                    continue;
                case TokenKind.CodeEnter:
                    _indent = token.Indent;
                    Advance();
                    continue;
                case TokenKind.CodeExit:
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                    Advance();
                    continue;
                case TokenKind.Identifier when token.Text is "end" or "else" or "when":
                    terminator = token;
                    return statements;
            }

            var statement = ParseStatement();
            if (statement is not null)
            {
                statements.Add(statement);
                starts?.Add(token);
            }
        }
    }

    /// <summary>
    /// Checks that the statement ends here. Like Scriban, anything else is a fatal error: parsing stops, and every
    /// block still open reports its missing <c>end</c> at the last token read.
    /// </summary>
    private bool ExpectEndOfStatement()
    {
        if (IsEndOfStatement(Current))
        {
            return true;
        }

        Error(Current, $"Invalid token found `{Display(Current)}`. Expecting <EOL>/end of line.");
        StopParsing();
        return false;
    }

    private void StopParsing()
    {
        if (_stopped is null)
        {
            _stopped = _pos > 0 ? _tokens[_pos - 1] : Current;
        }
    }

    private void SkipToEndOfStatement()
    {
        while (!IsEndOfStatement(Current))
        {
            Advance();
        }
    }

    private Statement? ParseStatement()
    {
        var token = Current;
        EnterDepth();
        try
        {
            if (token.Kind == TokenKind.Identifier && !IsMemberOrCallContinuation())
            {
                switch (token.Text)
                {
                    case "if": return ParseIf();
                    case "for": return ParseFor(isTableRow: false);
                    case "tablerow": return ParseFor(isTableRow: true);
                    case "while": return ParseWhile();
                    case "case": return ParseCase();
                    case "func": return ParseFunction();
                    case "capture": return ParseCapture();
                    case "with": return ParseWith();
                    case "wrap": return ParseWrap();
                    case "readonly": return ParseReadOnly();
                    case "import": return ParseImport();
                    case "ret": return ParseReturn();
                    case "break":
                    case "continue":
                        return ParseFlow(token);
                }
            }

            return ParseExpressionStatement();
        }
        finally
        {
            ExitDepth();
        }
    }

    private bool IsMemberOrCallContinuation()
    {
        var next = PeekToken();
        return next.Kind == TokenKind.Operator && (next.Text is "." or "=" or "?." || (next.Text == "[" && !next.SpaceBefore)) && Current.Text is "for" or "while" or "tablerow";
    }

    private Statement ParseBody(out Token? terminator)
    {
        var statements = ParseStatements(out terminator);
        return statements.Count == 1 ? statements[0] : new BlockStatement(statements.ToArray());
    }

    /// <summary>Consumes the <c>end</c> of a block or reports it missing.</summary>
    private bool ExpectEnd(Token? terminator, Token start, string statement, string syntax, bool reportMissing = true)
    {
        if (terminator is not null && terminator.Text == "end")
        {
            Advance();
            ExpectEndOfStatement();
            return true;
        }

        if (terminator is null && reportMissing)
        {
            var last = _stopped ?? (_tokens.Count >= 2 ? _tokens[^2] : start);
            Error(last, $"Error while parsing {statement} statement: The <end> statement was not found in: {syntax}");
        }

        return false;
    }

    private Statement ParseExpressionStatement()
    {
        var start = Current;
        var indent = _indent;
        var expression = ParseExpression(allowAssignTarget: true);
        if (expression is null)
        {
            if (Current.Kind == TokenKind.InterpExprEnd)
            {
                // The `}` of an interpolated expression whose string was abandoned at the end of its line.
                Error(Current, $"Unexpected token {Current.Text}");
                StopParsing();
                return NopStatement.Instance;
            }

            if (!IsEndOfStatement(Current))
            {
                Error(Current, $"Unexpected token `{Display(Current)}` while parsing expression");
                Advance();
                SkipToEndOfStatement();
            }

            return NopStatement.Instance;
        }

        if (Current.Kind == TokenKind.Operator && Current.Text is "=" or "+=" or "-=" or "*=" or "/=" or "//=" or "%=")
        {
            return ParseAssignment(expression, start);
        }

        ExpectEndOfStatement();
        return new ExpressionStatement(expression, indent) { Span = SpanOf(start) };
    }

    private Statement ParseAssignment(Expression target, Token start)
    {
        var opToken = Advance();
        BinaryOperator? compound = opToken.Text switch
        {
            "+=" => BinaryOperator.Add,
            "-=" => BinaryOperator.Subtract,
            "*=" => BinaryOperator.Multiply,
            "/=" => BinaryOperator.Divide,
            "//=" => BinaryOperator.DivideRound,
            "%=" => BinaryOperator.Modulus,
            _ => null,
        };

        // Inline function: f(x, y) = expression
        if (compound is null && target is CallExpression { IsParenthesized: true } call && call.Callee is VariableExpression { IsLocal: false } fname
            && call.Arguments.All(a => a is VariableExpression { IsLocal: false }) && call.Named is null)
        {
            var body = ParseExpression(allowAssignTarget: false);
            if (body is null)
            {
                Error(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{Display(Current)}` in: <target_expression> = <value_expression>");
                SkipToEndOfStatement();
                return NopStatement.Instance;
            }

            ExpectEndOfStatement();
            var parameters = call.Arguments.Select(a => new FunctionParameter(((VariableExpression)a).Name, null, false)).ToArray();
            var function = new ScriptFunction(fname.Name, parameters, new ReturnStatement(body) { Span = body.Span }, SpanOf(start));
            return new FunctionStatement(fname, function) { Span = SpanOf(start) };
        }

        if (!target.IsAssignable)
        {
            Error(target.Span, "Unsupported target expression for assignment.");
            SkipToEndOfStatement();
            return NopStatement.Instance;
        }

        var value = ParseExpression(allowAssignTarget: false);
        if (value is null)
        {
            Error(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{Display(Current)}` in: <target_expression> = <value_expression>");
            SkipToEndOfStatement();
            return NopStatement.Instance;
        }

        ExpectEndOfStatement();
        return new AssignStatement(target, value, compound) { Span = SpanOf(start) };
    }
}
