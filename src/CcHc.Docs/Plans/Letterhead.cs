namespace CcHc.Docs.Plans;

/// <summary>
/// The first-page header: cơ quan chủ quản, cơ quan ban hành, số and ký hiệu, địa danh and ngày.
/// A draft has no <see cref="Number"/> and no <see cref="Date"/> (only <see cref="Year"/>).
/// </summary>
public sealed record Letterhead
{
    /// <summary>Cơ quan chủ quản as printed, e.g. "UBND TỈNH AN GIANG"; none for a UBND xã.</summary>
    public string? ParentBody { get; init; }

    /// <summary>The issuing body as named in running text, e.g. "Ủy ban nhân dân xã Vĩnh Phong".</summary>
    public required string Issuer { get; init; }

    /// <summary>
    /// The issuing body's lines in the letterhead, e.g. ["ỦY BAN NHÂN DÂN", "XÃ VĨNH PHONG"].
    /// Empty means: computed from <see cref="Issuer"/>.
    /// </summary>
    public ValueList<string> IssuerLines { get; init; } = [];

    /// <summary>The document number (số); null in a draft, where it is left blank.</summary>
    public int? Number { get; init; }

    /// <summary>The ký hiệu after the slash: document-kind abbreviation and issuer code, e.g. "KH-UBND".</summary>
    public string Symbol { get; init; } = "KH-UBND";

    /// <summary>Địa danh, e.g. "Vĩnh Phong".</summary>
    public required string Place { get; init; }

    /// <summary>The signing date; null in a draft, where day and month are left blank.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year when <see cref="Date"/> is unknown (a draft); ignored when a date is given.</summary>
    public int? Year { get; init; }

    /// <summary>True when the number or the day and month are not yet known.</summary>
    public bool IsDraft => Number is null || Date is null;

    /// <summary>The year of issue: that of <see cref="Date"/>, else <see cref="Year"/>.</summary>
    public int? IssueYear => Date?.Year ?? Year;
}
