namespace CcHc.Docs.Vietnamese;

/// <summary>Where a document kind's abbreviation comes from.</summary>
public enum DocumentKindCategory
{
    /// <summary>An administrative document (văn bản hành chính), NĐ30 Phụ lục III, e.g. Kế hoạch ↔ KH.</summary>
    Administrative,

    /// <summary>A copy (bản sao), NĐ30 Phụ lục III: SY, TrS, SL.</summary>
    Copy,

    /// <summary>A legal normative document whose ký hiệu is commonly cited next to plans, e.g. Nghị định ↔ NĐ.</summary>
    LegalNormative,
}

/// <summary>One row of the document-kind abbreviation table: a Vietnamese name and its abbreviation.</summary>
public sealed record DocumentKind
{
    internal DocumentKind(string name, string abbreviation, DocumentKindCategory category)
    {
        Name = name;
        Abbreviation = abbreviation;
        Category = category;
    }

    /// <summary>The kind's name in sentence case, NFC, as the decree writes it, e.g. "Kế hoạch".</summary>
    public string Name { get; }

    /// <summary>The abbreviation used in a ký hiệu, with the decree's capitalisation, e.g. "KH", "QyĐ", "CTr".</summary>
    public string Abbreviation { get; }

    /// <summary>Which table the row belongs to.</summary>
    public DocumentKindCategory Category { get; }

    /// <summary>The name as printed in a title: upper case, e.g. "KẾ HOẠCH".</summary>
    public string Title => VietnameseCase.ToUpper(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Abbreviation})";
}
