using System.Globalization;
using System.Numerics;
using System.Text;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>Lexing of tokens inside code blocks.</summary>
internal sealed partial class Lexer
{
    private static readonly string[] Operators =
    {
        "//=", "..<", "??", "?!", "?.", "..", "==", "!=", "<=", ">=", "<<", ">>", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "//",
        "+", "-", "*", "/", "%", "(", ")", "[", "]", "{", "}", ",", ":", ".", "?", "!", "=", "<", ">", "|", "@", "^", "&",
    };

    private void LexCodeToken()
    {
        var c = _text[_pos];
        var start = _pos;
        if (c == '\n')
        {
            _pos++;
            Add(TokenKind.NewLine, start, _pos, "\n");
            return;
        }

        if (c == ';')
        {
            _pos++;
            Add(TokenKind.SemiColon, start, _pos, ";");
            return;
        }

        if (IsIdentifierStart(c))
        {
            LexIdentifier(TokenKind.Identifier, start);
            return;
        }

        if (c == '$')
        {
            if (Peek(1) == '"' || Peek(1) == '\'')
            {
                LexInterpolated();
                return;
            }

            _pos++;
            if (Peek() == '$')
            {
                _pos++;
                Add(TokenKind.LocalVariable, start, _pos, "$$");
                return;
            }

            while (_pos < _text.Length && (IsIdentifierPart(_text[_pos])))
            {
                _pos++;
            }

            Add(TokenKind.LocalVariable, start, _pos, _text.Substring(start, _pos - start));
            return;
        }

        if (char.IsAsciiDigit(c))
        {
            LexNumber();
            return;
        }

        if (c == '"' || c == '\'')
        {
            var value = ReadQuotedString(c);
            Add(TokenKind.String, start, _pos, value);
            return;
        }

        if (c == '`')
        {
            LexVerbatim();
            return;
        }

        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                _pos += op.Length;
                Add(TokenKind.Operator, start, _pos, op);
                return;
            }
        }

        _pos++;
        Add(TokenKind.Invalid, start, _pos, c.ToString());
        Error(start, $"Unexpected character `{c}`");
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private void LexIdentifier(TokenKind kind, int start)
    {
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        // `empty?` style identifiers: a trailing ? that does not start an operator or a conditional.
        if (Peek() == '?' && IsEmptyQuestionMark(Peek(1)))
        {
            _pos++;
        }

        Add(kind, start, _pos, string.Intern(_text.Substring(start, _pos - start)));
    }

    private bool IsEmptyQuestionMark(char next) =>
        next is '\0' or '}' or '\n' or ')' or ';' or ',' or ']' or '-' or '~' || ((next == ' ' || next == '\t') && !LooksLikeConditional());

    private bool LooksLikeConditional()
    {
        // After `name ?`: a conditional expression continues with an operand and a `:`.
        var i = _pos + 1;
        while (i < _text.Length && _text[i] != '\n')
        {
            if (_text[i] == ':')
            {
                return true;
            }

            if (_text[i] == '}' && i + 1 < _text.Length && _text[i + 1] == '}')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private void LexNumber()
    {
        var start = _pos;
        var digits = new StringBuilder();
        if (_text[_pos] == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'b' || Peek(1) == 'B'))
        {
            var isHex = Peek(1) is 'x' or 'X';
            _pos += 2;
            while (_pos < _text.Length && (_text[_pos] == '_' || (isHex ? char.IsAsciiHexDigit(_text[_pos]) : _text[_pos] is '0' or '1')))
            {
                if (_text[_pos] != '_')
                {
                    digits.Append(_text[_pos]);
                }

                _pos++;
            }

            var unsigned = false;
            if (Peek() is 'u' or 'U')
            {
                unsigned = true;
                _pos++;
            }

            BigInteger big = 0;
            foreach (var d in digits.ToString())
            {
                big = (big * (isHex ? 16 : 2)) + (isHex ? int.Parse(d.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : d - '0');
            }

            var token = Add(TokenKind.Integer, start, _pos, _text.Substring(start, _pos - start));
            token.Number = unsigned && big <= uint.MaxValue ? (uint)big : NormalizeInteger(big);
            return;
        }

        var isFloat = false;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            if (_text[_pos] != '_')
            {
                digits.Append(_text[_pos]);
            }

            _pos++;
        }

        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            digits.Append('.');
            _pos++;
            while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                if (_text[_pos] != '_')
                {
                    digits.Append(_text[_pos]);
                }

                _pos++;
            }
        }

        var exponent = 0;
        var hasExponent = false;
        if ((Peek() == 'e' || Peek() == 'E') && (char.IsAsciiDigit(Peek(1)) || ((Peek(1) == '-' || Peek(1) == '+') && char.IsAsciiDigit(Peek(2)))))
        {
            hasExponent = true;
            _pos++;
            var sign = 1;
            if (Peek() is '-' or '+')
            {
                sign = Peek() == '-' ? -1 : 1;
                _pos++;
            }

            var expStart = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }

            exponent = sign * int.Parse(_text.AsSpan(expStart, Math.Min(_pos - expStart, 6)), CultureInfo.InvariantCulture);
        }

        var suffix = Peek();
        var text = digits.ToString();
        object value;
        if (suffix is 'f' or 'F')
        {
            _pos++;
            value = float.Parse(text, CultureInfo.InvariantCulture) * MathF.Pow(10, exponent);
        }
        else if (suffix is 'd' or 'D')
        {
            _pos++;
            value = double.Parse(text, CultureInfo.InvariantCulture) * Math.Pow(10, exponent);
        }
        else if (suffix is 'm' or 'M')
        {
            _pos++;
            value = decimal.Parse(text, CultureInfo.InvariantCulture) * (decimal)Math.Pow(10, exponent);
        }
        else if (isFloat || (hasExponent && exponent < 0))
        {
            value = double.Parse(hasExponent ? text + "e" + exponent.ToString(CultureInfo.InvariantCulture) : text, CultureInfo.InvariantCulture);
            isFloat = true;
        }
        else
        {
            var big = BigInteger.Parse(text, CultureInfo.InvariantCulture);
            if (hasExponent)
            {
                big *= BigInteger.Pow(10, Math.Min(exponent, 4000));
            }

            if (suffix is 'u' or 'U')
            {
                _pos++;
            }

            value = NormalizeInteger(big);
        }

        var number = Add(value is int or long or BigInteger or uint ? TokenKind.Integer : TokenKind.Float, start, _pos, _text.Substring(start, _pos - start));
        number.Number = value;
    }

    internal static object NormalizeInteger(BigInteger big)
    {
        if (big >= int.MinValue && big <= int.MaxValue)
        {
            return (int)big;
        }

        if (big >= long.MinValue && big <= long.MaxValue)
        {
            return (long)big;
        }

        return big;
    }

    private string ReadQuotedString(char quote)
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                Error(start, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                return sb.ToString();
            }

            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return sb.ToString();
            }

            if (c == '\\')
            {
                ReadEscape(sb, start);
                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    private void ReadEscape(StringBuilder sb, int stringStart)
    {
        _pos++;
        if (_pos >= _text.Length)
        {
            return;
        }

        var e = _text[_pos++];
        switch (e)
        {
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case '0': sb.Append('\0'); break;
            case 'u':
                if (_pos + 4 <= _text.Length && int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    sb.Append((char)code);
                    _pos += 4;
                }
                else
                {
                    Error(stringStart, "Unexpected hex number format in \\u escape sequence");
                }

                break;
            case 'x':
                if (_pos + 2 <= _text.Length && int.TryParse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
                {
                    sb.Append((char)hex);
                    _pos += 2;
                }
                else
                {
                    Error(stringStart, "Unexpected hex number format in \\x escape sequence");
                }

                break;
            default:
                sb.Append(e);
                break;
        }
    }

    private void LexVerbatim()
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                Error(start, "Unexpected end of file while parsing a verbatim string not terminated by a `");
                break;
            }

            if (_text[_pos] == '`')
            {
                if (Peek(1) == '`')
                {
                    sb.Append('`');
                    _pos += 2;
                    continue;
                }

                _pos++;
                break;
            }

            sb.Append(_text[_pos++]);
        }

        Add(TokenKind.String, start, _pos, sb.ToString());
    }

    private void LexInterpolated()
    {
        var start = _pos;
        var quote = _text[_pos + 1];
        _pos += 2;
        Add(TokenKind.InterpStart, start, _pos, "$" + quote);
        var sb = new StringBuilder();
        var partStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                // Like Scriban: the error and an invalid token sit on the last character read, and the parser
                // reports the invalid token where it expected the rest of the string.
                var last = _text.Length - 1;
                Error(last, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                Add(TokenKind.Invalid, last, _text.Length, _text[last].ToString());
                return;
            }

            var c = _text[_pos];
            if (c == quote)
            {
                Add(TokenKind.InterpPart, partStart, _pos, sb.ToString());
                _pos++;
                Add(TokenKind.InterpEnd, _pos - 1, _pos, quote.ToString());
                return;
            }

            if (c == '\\')
            {
                if (Peek(1) == '{' || Peek(1) == '}')
                {
                    sb.Append(Peek(1));
                    _pos += 2;
                    continue;
                }

                ReadEscape(sb, start);
                continue;
            }

            if (c == '{')
            {
                Add(TokenKind.InterpPart, partStart, _pos, sb.ToString());
                sb.Clear();
                var exprStart = _pos;
                _pos++;
                Add(TokenKind.InterpExprStart, exprStart, _pos, "{");
                if (!LexInterpolationExpression())
                {
                    return;
                }

                partStart = _pos;
                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    /// <summary>
    /// Lexes the tokens of one <c>{…}</c> of an interpolated string up to its closing brace. A new line does not end
    /// it: as in Scriban, the parser reports an expression left open at the end of its line, and the closing brace
    /// found on a later line still resumes the string. Returns false at the end of the text.
    /// </summary>
    private bool LexInterpolationExpression()
    {
        var depth = 0;
        while (true)
        {
            SkipSpacesAndComments();
            if (_pos >= _text.Length)
            {
                return false;
            }

            var c = _text[_pos];
            if (c == '}' && depth == 0)
            {
                Add(TokenKind.InterpExprEnd, _pos, _pos + 1, "}");
                _pos++;
                return true;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }

            LexCodeToken();
        }
    }
}
