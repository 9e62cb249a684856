namespace CcHc.Docs.Plans;

/// <summary>The quyền hạn prefix of a signature line (NĐ30 Phụ lục I, ô 7a).</summary>
public enum AuthorityKind
{
    /// <summary>No prefix: the line is a chức vụ.</summary>
    None,

    /// <summary>"TM." — thay mặt (on behalf of a collective body).</summary>
    OnBehalf,

    /// <summary>"KT." — ký thay (for the head).</summary>
    ForHead,

    /// <summary>"Q." — quyền (acting).</summary>
    Acting,

    /// <summary>"TL." — thừa lệnh (by order).</summary>
    ByOrder,

    /// <summary>"TUQ." — thừa ủy quyền (by authorisation).</summary>
    ByAuthorization,
}
