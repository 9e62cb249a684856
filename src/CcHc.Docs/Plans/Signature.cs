namespace CcHc.Docs.Plans;

/// <summary>
/// The signature block: quyền hạn lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's chức vụ
/// ("PHÓ CHỦ TỊCH") and name.
/// </summary>
public sealed record Signature
{
    /// <summary>The authority lines, top to bottom.</summary>
    public ValueList<AuthorityLine> Authority { get; init; } = [];

    /// <summary>The signer's chức vụ as printed, e.g. "PHÓ CHỦ TỊCH".</summary>
    public string? Position { get; init; }

    /// <summary>The signer's full name.</summary>
    public required string Name { get; init; }
}
