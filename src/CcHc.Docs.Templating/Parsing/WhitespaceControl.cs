namespace CcHc.Docs.Templating.Parsing;

/// <summary>Applies <c>~</c>/<c>-</c> whitespace control to text tokens and computes auto-indents of code blocks.</summary>
internal static class WhitespaceControl
{
    public static void Apply(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Text || token.IsEscape && i > 0 && tokens[i - 1].Kind == TokenKind.CodeEnter && tokens[i - 1].IsEscape)
            {
                continue;
            }

            var text = token.Text;
            var start = 0;
            var end = text.Length;
            if (i > 0 && tokens[i - 1].Kind == TokenKind.CodeExit)
            {
                switch (tokens[i - 1].Strip)
                {
                    case StripKind.Greedy:
                        while (start < end && char.IsWhiteSpace(text[start]))
                        {
                            start++;
                        }

                        break;
                    case StripKind.NonGreedy:
                        while (start < end && (text[start] == ' ' || text[start] == '\t'))
                        {
                            start++;
                        }

                        if (start < end && text[start] == '\r')
                        {
                            start++;
                        }

                        if (start < end && text[start] == '\n')
                        {
                            start++;
                        }

                        break;
                }
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.CodeEnter)
            {
                switch (tokens[i + 1].Strip)
                {
                    case StripKind.Greedy:
                        while (end > start && char.IsWhiteSpace(text[end - 1]))
                        {
                            end--;
                        }

                        break;
                    case StripKind.NonGreedy:
                        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
                        {
                            end--;
                        }

                        break;
                    case StripKind.None when !tokens[i + 1].IsEscape:
                        tokens[i + 1].Indent = FindIndent(text, start, end, isLineStart: i == 0 || text.AsSpan(0, start).Contains('\n'));
                        break;
                }
            }

            if (start != 0 || end != text.Length)
            {
                token.Text = text.Substring(start, end - start);
            }
        }
    }

    private static string? FindIndent(string text, int start, int end, bool isLineStart)
    {
        var i = end;
        while (i > start && (text[i - 1] == ' ' || text[i - 1] == '\t'))
        {
            i--;
        }

        if (i == end)
        {
            return null;
        }

        if (i > start ? text[i - 1] == '\n' : isLineStart)
        {
            return text.Substring(i, end - i);
        }

        return null;
    }
}
