namespace CcHc.Docs.Validation;

/// <summary>How serious a diagnostic is. Only errors can block rendering, and only when the caller asks.</summary>
public enum Severity
{
    /// <summary>The plan is wrong and must be fixed before signing (a wrong number, a missing "TM." line).</summary>
    Error,

    /// <summary>Probably wrong or against NĐ30 form; check it (a misspelling, a draft without number).</summary>
    Warning,

    /// <summary>Worth knowing, not necessarily wrong (an unusual form, an inconsistency of style).</summary>
    Info,
}
