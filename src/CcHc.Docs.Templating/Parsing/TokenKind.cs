namespace CcHc.Docs.Templating.Parsing;

/// <summary>Kinds of tokens produced by the <see cref="Lexer"/>.</summary>
internal enum TokenKind
{
    Eof,
    Text,
    CodeEnter,
    CodeExit,
    NewLine,
    SemiColon,
    Identifier,
    LocalVariable,
    Integer,
    Float,
    String,
    InterpStart,
    InterpPart,
    InterpExprStart,
    InterpExprEnd,
    InterpEnd,
    Operator,
    Invalid,
}

/// <summary>How a code or escape block edge strips the whitespace of the neighbouring text.</summary>
internal enum StripKind : byte
{
    None,
    Greedy,
    NonGreedy,
}
