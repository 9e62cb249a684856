using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>The signature block: <c>plan.signature</c>.</summary>
public sealed class SignatureView
{
    internal SignatureView(Signature signature)
    {
        AuthorityLines = signature.Authority.Select(a => a.ToString()).ToArray();
        Position = signature.Position;
        Name = signature.Name;
    }

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".</summary>
    public string[] AuthorityLines { get; }

    /// <summary>"PHÓ CHỦ TỊCH", or null.</summary>
    public string? Position { get; }

    /// <summary>The signer's name.</summary>
    public string Name { get; }
}
