using System.Globalization;
using System.Numerics;
using System.Text;

namespace CcHc.Docs.Templating.Parsing;

/// <summary>
/// Splits a template into tokens: text blocks, code enter/exit markers and code tokens.
/// Lexical errors are collected, never thrown.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<Token> _tokens = new();
    private readonly List<(int Offset, string Message)> _errors;
    private int _pos;
    private bool _spaceBefore;

    public Lexer(string text, List<(int Offset, string Message)> errors)
    {
        _text = text;
        _errors = errors;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        var lo = 0;
        var hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo + 1, offset - _lineStarts[lo] + 1);
    }

    public List<Token> Tokenize()
    {
        while (_pos < _text.Length)
        {
            LexText();
        }

        Add(TokenKind.Eof, _text.Length, _text.Length, string.Empty);
        WhitespaceControl.Apply(_tokens);
        return _tokens;
    }

    private Token Add(TokenKind kind, int start, int end, string text)
    {
        var (line, column) = Locate(start);
        var token = new Token { Kind = kind, Start = start, End = end, Line = line, Column = column, Text = text, SpaceBefore = _spaceBefore };
        _spaceBefore = false;
        _tokens.Add(token);
        return token;
    }

    private void Error(int offset, string message) => _errors.Add((offset, message));

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void LexText()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '{' && _pos + 1 < _text.Length)
            {
                var next = _text[_pos + 1];
                if (next == '{')
                {
                    break;
                }

                if (next == '%' && TryMatchEscapeStart(out _))
                {
                    break;
                }
            }

            _pos++;
        }

        if (_pos > start)
        {
            Add(TokenKind.Text, start, _pos, _text.Substring(start, _pos - start));
        }

        if (_pos >= _text.Length)
        {
            return;
        }

        if (_text[_pos + 1] == '%')
        {
            LexEscapeBlock();
            return;
        }

        var enterStart = _pos;
        _pos += 2;
        var strip = ReadStrip();
        var enter = Add(TokenKind.CodeEnter, enterStart, _pos, "{{");
        enter.Strip = strip;
        LexCode();
    }

    private StripKind ReadStrip()
    {
        if (Peek() == '-')
        {
            _pos++;
            return StripKind.Greedy;
        }

        if (Peek() == '~')
        {
            _pos++;
            return StripKind.NonGreedy;
        }

        return StripKind.None;
    }

    private bool TryMatchEscapeStart(out int percents)
    {
        percents = 0;
        var i = _pos + 1;
        while (i < _text.Length && _text[i] == '%')
        {
            percents++;
            i++;
        }

        return percents > 0 && i < _text.Length && _text[i] == '{';
    }

    private void LexEscapeBlock()
    {
        TryMatchEscapeStart(out var percents);
        var enterStart = _pos;
        _pos += percents + 2;
        var leftStrip = ReadStrip();
        var enter = Add(TokenKind.CodeEnter, enterStart, _pos, "{%{");
        enter.Strip = leftStrip;
        enter.IsEscape = true;
        var closing = "}" + new string('%', percents) + "}";
        var contentStart = _pos;
        var end = _text.IndexOf(closing, _pos, StringComparison.Ordinal);
        if (end < 0)
        {
            Error(enterStart, "Unexpected end of file while parsing an escape block. Expecting a closing `" + closing + "`");
            end = _text.Length;
        }

        var contentEnd = end;
        var rightStrip = StripKind.None;
        if (contentEnd > contentStart && (_text[contentEnd - 1] == '-' || _text[contentEnd - 1] == '~'))
        {
            rightStrip = _text[contentEnd - 1] == '-' ? StripKind.Greedy : StripKind.NonGreedy;
            contentEnd--;
        }

        var content = Add(TokenKind.Text, contentStart, contentEnd, _text.Substring(contentStart, contentEnd - contentStart));
        content.IsEscape = true;
        _pos = Math.Min(_text.Length, end + closing.Length);
        var exit = Add(TokenKind.CodeExit, contentEnd, _pos, "}%}");
        exit.Strip = rightStrip;
        exit.IsEscape = true;
    }

    private void LexCode()
    {
        var braceDepth = 0;
        while (true)
        {
            SkipSpacesAndComments();
            if (_pos >= _text.Length)
            {
                return;
            }

            var c = _text[_pos];
            if (braceDepth == 0 && TryLexCodeExit())
            {
                return;
            }

            if (c == '{')
            {
                braceDepth++;
            }
            else if (c == '}')
            {
                braceDepth = Math.Max(0, braceDepth - 1);
            }

            LexCodeToken();
        }
    }

    private bool TryLexCodeExit()
    {
        var c = _text[_pos];
        var start = _pos;
        StripKind strip;
        if (c == '}' && Peek(1) == '}')
        {
            strip = StripKind.None;
            _pos += 2;
        }
        else if ((c == '-' || c == '~') && Peek(1) == '}' && Peek(2) == '}')
        {
            strip = c == '-' ? StripKind.Greedy : StripKind.NonGreedy;
            _pos += 3;
        }
        else
        {
            return false;
        }

        var exit = Add(TokenKind.CodeExit, start, _pos, "}}");
        exit.Strip = strip;
        return true;
    }

    private void SkipSpacesAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                _spaceBefore = true;
                _pos++;
                continue;
            }

            if (c == '#')
            {
                SkipComment();
                continue;
            }

            break;
        }
    }

    private void SkipComment()
    {
        _spaceBefore = true;
        if (Peek(1) == '#')
        {
            _pos += 2;
            while (_pos < _text.Length)
            {
                if (_text[_pos] == '#' && Peek(1) == '#')
                {
                    _pos += 2;
                    return;
                }

                if (IsCodeExitAt(_pos))
                {
                    return;
                }

                _pos++;
            }

            return;
        }

        while (_pos < _text.Length && _text[_pos] != '\n' && !IsCodeExitAt(_pos))
        {
            _pos++;
        }
    }

    private bool IsCodeExitAt(int i) =>
        (i + 1 < _text.Length && _text[i] == '}' && _text[i + 1] == '}')
        || (i + 2 < _text.Length && (_text[i] == '-' || _text[i] == '~') && _text[i + 1] == '}' && _text[i + 2] == '}');
}
