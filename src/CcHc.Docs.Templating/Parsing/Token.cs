namespace CcHc.Docs.Templating.Parsing;

/// <summary>One token: kind, source range, decoded value and layout facts the parser needs.</summary>
internal sealed class Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public int Line;
    public int Column;
    /// <summary>Text of identifiers/operators, decoded string literals, text blocks (after whitespace control).</summary>
    public string Text = string.Empty;
    /// <summary>Parsed number literal.</summary>
    public object? Number;
    /// <summary>True when whitespace (not newline) precedes the token.</summary>
    public bool SpaceBefore;
    /// <summary>Strip mode of a code enter/exit token.</summary>
    public StripKind Strip;
    /// <summary>True for the enter/content/exit tokens of an escape block <c>{%{ … }%}</c>.</summary>
    public bool IsEscape;
    /// <summary>For a code enter: the auto-indent (whitespace before it on its line), or null.</summary>
    public string? Indent;

    public override string ToString() => $"{Kind} `{Text}` ({Line},{Column})";
}
