namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// The end of the document: the Nơi nhận list on the left and the signature block on the right,
/// side by side in a borderless table (ô 7, 9a, 9b).
/// </summary>
public sealed class SigningBlock : MarkupBlock
{
    /// <summary>The recipients heading printed when the markup gives none.</summary>
    public const string DefaultRecipientsHeading = "Nơi nhận:";

    /// <summary>Creates a signing block.</summary>
    public SigningBlock(
        IEnumerable<IReadOnlyList<MarkupInline>> recipients,
        IEnumerable<IReadOnlyList<MarkupInline>> authorityLines,
        IEnumerable<IReadOnlyList<MarkupInline>> positionLines,
        IReadOnlyList<MarkupInline> signer,
        string? recipientsHeading = null)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(authorityLines);
        ArgumentNullException.ThrowIfNull(positionLines);
        ArgumentNullException.ThrowIfNull(signer);
        Recipients = recipients.Select(r => (IReadOnlyList<MarkupInline>)r.ToArray()).ToArray();
        AuthorityLines = authorityLines.Select(r => (IReadOnlyList<MarkupInline>)r.ToArray()).ToArray();
        PositionLines = positionLines.Select(r => (IReadOnlyList<MarkupInline>)r.ToArray()).ToArray();
        Signer = signer.ToArray();
        RecipientsHeading = recipientsHeading ?? DefaultRecipientsHeading;
    }

    /// <summary>"Nơi nhận:" or an override.</summary>
    public string RecipientsHeading { get; }

    /// <summary>One entry per recipient line, without the leading dash (the writer prints "- ").</summary>
    public IReadOnlyList<IReadOnlyList<MarkupInline>> Recipients { get; }

    /// <summary>Quyền hạn lines such as "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".</summary>
    public IReadOnlyList<IReadOnlyList<MarkupInline>> AuthorityLines { get; }

    /// <summary>Chức vụ lines such as "PHÓ CHỦ TỊCH".</summary>
    public IReadOnlyList<IReadOnlyList<MarkupInline>> PositionLines { get; }

    /// <summary>The signer's name, printed under the blank signature space.</summary>
    public IReadOnlyList<MarkupInline> Signer { get; }
}
