namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// The NĐ30 first-page header (ô 1–4): parent and issuing body on the left, Quốc hiệu and Tiêu ngữ
/// on the right, then "Số: …" beside the place-and-date line. The writer supplies the national
/// name and motto unless the markup overrides them.
/// </summary>
public sealed class LetterheadBlock : MarkupBlock
{
    /// <summary>The national name printed when the markup gives none.</summary>
    public const string DefaultNationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto (Tiêu ngữ) printed when the markup gives none.</summary>
    public const string DefaultMotto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Creates a letterhead.</summary>
    public LetterheadBlock(
        IEnumerable<MarkupInline>? parentBody,
        IEnumerable<MarkupInline> issuingBody,
        IEnumerable<MarkupInline> number,
        IEnumerable<MarkupInline> placeAndDate,
        string? nationalName = null,
        string? motto = null)
    {
        ArgumentNullException.ThrowIfNull(issuingBody);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(placeAndDate);
        ParentBody = parentBody?.ToArray() ?? [];
        IssuingBody = issuingBody.ToArray();
        Number = number.ToArray();
        PlaceAndDate = placeAndDate.ToArray();
        NationalName = nationalName ?? DefaultNationalName;
        Motto = motto ?? DefaultMotto;
    }

    /// <summary>Cơ quan chủ quản (e.g. "UBND TỈNH AN GIANG"); empty when there is none.</summary>
    public IReadOnlyList<MarkupInline> ParentBody { get; }

    /// <summary>Cơ quan ban hành, possibly over several lines (<see cref="LineBreak"/>).</summary>
    public IReadOnlyList<MarkupInline> IssuingBody { get; }

    /// <summary>Số and ký hiệu as given, e.g. "78/KH-UBND"; the writer prints "Số: " before it.</summary>
    public IReadOnlyList<MarkupInline> Number { get; }

    /// <summary>Địa danh and date, e.g. "Vĩnh Phong, ngày 20 tháng 3 năm 2026".</summary>
    public IReadOnlyList<MarkupInline> PlaceAndDate { get; }

    /// <summary>Quốc hiệu.</summary>
    public string NationalName { get; }

    /// <summary>Tiêu ngữ.</summary>
    public string Motto { get; }
}
