namespace CcHc.Docs.Templating.Runtime;

/// <summary>Binary operators of the language.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideRound,
    Modulus,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    NullCoalesce,
    NotNullCoalesce,
    RangeInclude,
    RangeExclude,
    ShiftLeft,
    ShiftRight,

    /// <summary><c>|</c> in scientific mode: bitwise or, array union.</summary>
    BitOr,

    /// <summary><c>&amp;</c> in scientific mode: bitwise and, array intersection.</summary>
    BitAnd,
}
