namespace CcHc.Docs.Plans;

/// <summary>A quyền hạn line of the signature block, e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH".</summary>
/// <param name="Kind">The prefix.</param>
/// <param name="Of">Whom the signer acts for, as printed.</param>
public sealed record AuthorityLine(AuthorityKind Kind, string Of)
{
    private static readonly (string Prefix, AuthorityKind Kind)[] Prefixes =
    [
        ("TUQ.", AuthorityKind.ByAuthorization),
        ("TM.", AuthorityKind.OnBehalf),
        ("KT.", AuthorityKind.ForHead),
        ("TL.", AuthorityKind.ByOrder),
        ("Q.", AuthorityKind.Acting),
    ];

    /// <summary>The printed prefix of a kind: "TM.", "KT.", "Q.", "TL.", "TUQ." or "".</summary>
    public static string PrefixOf(AuthorityKind kind) =>
        Prefixes.FirstOrDefault(p => p.Kind == kind).Prefix ?? "";

    /// <summary>Reads a printed line: "KT. CHỦ TỊCH" gives (ForHead, "CHỦ TỊCH"); a line with no known prefix gives (None, line).</summary>
    public static AuthorityLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        foreach (var (prefix, kind) in Prefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new AuthorityLine(kind, trimmed[prefix.Length..].TrimStart());
            }
        }
        return new AuthorityLine(AuthorityKind.None, trimmed);
    }

    /// <summary>The line as printed: prefix, a space, then <see cref="Of"/>.</summary>
    public override string ToString() => Kind == AuthorityKind.None ? Of : $"{PrefixOf(Kind)} {Of}";
}
