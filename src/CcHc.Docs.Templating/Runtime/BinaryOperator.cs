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
}
