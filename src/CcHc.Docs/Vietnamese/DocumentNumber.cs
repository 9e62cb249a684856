using System.Globalization;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// A số/ký hiệu: "78/KH-UBND", "05/KH-UBND", "118/2025/NĐ-CP", "12/UBND-VX" (công văn), "57-NQ/TW" (party),
/// or a draft whose number is still blank ("Số:      /KH-UBND").
/// </summary>
/// <remarks>
/// <para>
/// NĐ30 (Phụ lục I, Article 15): the number runs from 01 each year and numbers below 10 take a leading zero;
/// the ký hiệu is the kind abbreviation, "-", the issuer abbreviation, without spaces. Công văn has no kind, so
/// its ký hiệu is the issuer and the drafting unit ("UBND-VX"). Legal normative documents put the year
/// between number and ký hiệu ("118/2025/NĐ-CP", issuer "CP"). Party documents (Hướng dẫn 36-HD/VPTW) join
/// number and kind with "-" and put the issuing body after "/" ("57-NQ/TW").
/// </para>
/// <para>Instances are immutable; two numbers are equal when all their parts are.</para>
/// </remarks>
public sealed record DocumentNumber
{
    /// <summary>
    /// What stands for the number in a draft: five spaces, so "Số: " + blank + "/KH-UBND" prints as
    /// "Số:      /KH-UBND" (six spaces after the colon, room for a handwritten two- or three-digit number).
    /// </summary>
    public const string DraftBlank = "     ";

    private DocumentNumber(int? number, int? year, string? kind, string issuer, string? unit, bool isParty)
    {
        Number = number;
        Year = year;
        Kind = kind;
        Issuer = issuer;
        Unit = unit;
        IsParty = isParty;
    }

    /// <summary>The number (1 or more); null in a draft.</summary>
    public int? Number { get; }

    /// <summary>The year written inside the number, as in "118/2025/NĐ-CP"; null when there is none.</summary>
    public int? Year { get; }

    /// <summary>The kind abbreviation ("KH", "QĐ", "NĐ", "NQ"); null for a công văn or a law ("20/2023/QH15").</summary>
    public string? Kind { get; }

    /// <summary>The issuer's code: "UBND" in "KH-UBND", "CP" in "NĐ-CP", "TW" in "57-NQ/TW", "UBND" in "UBND-VX".</summary>
    public string Issuer { get; }

    /// <summary>The drafting unit of a công văn: "VX" in "12/UBND-VX"; null otherwise.</summary>
    public string? Unit { get; }

    /// <summary>True for a party document ("57-NQ/TW").</summary>
    public bool IsParty { get; }

    /// <summary>True when the number is still blank.</summary>
    public bool IsDraft => Number is null;

    /// <summary>The ký hiệu without the number: "KH-UBND", "NĐ-CP", "UBND-VX", "NQ/TW".</summary>
    public string Symbol => IsParty
        ? $"{Kind}/{Issuer}"
        : Kind is not null ? $"{Kind}-{Issuer}" : Unit is null ? Issuer : $"{Issuer}-{Unit}";

    /// <summary>A document with a kind: <c>Of(78, "KH", "UBND")</c> is "78/KH-UBND"; with a year, "118/2025/NĐ-CP".</summary>
    /// <param name="number">The number, or null for a draft.</param>
    /// <param name="kind">The kind abbreviation, e.g. "KH".</param>
    /// <param name="issuer">The issuer code, e.g. "UBND"; several joined by "-" for joint documents.</param>
    /// <param name="year">The year written in the number, for legal normative documents.</param>
    /// <exception cref="ArgumentException">A part is empty, has spaces, or does not start with a capital letter.</exception>
    public static DocumentNumber Of(int? number, string kind, string issuer, int? year = null) =>
        new(CheckNumber(number), CheckYear(year), CheckCode(kind, nameof(kind)), CheckCode(issuer, nameof(issuer)), null, false);

    /// <summary>A công văn: <c>ForCongVan(12, "UBND", "VX")</c> is "12/UBND-VX".</summary>
    /// <exception cref="ArgumentException">A part is empty, has spaces, or does not start with a capital letter.</exception>
    public static DocumentNumber ForCongVan(int? number, string issuer, string unit) =>
        new(CheckNumber(number), null, null, CheckCode(issuer, nameof(issuer)), CheckCode(unit, nameof(unit)), false);

    /// <summary>A party document: <c>ForParty(57, "NQ", "TW")</c> is "57-NQ/TW".</summary>
    /// <exception cref="ArgumentException">A part is empty, has spaces, or does not start with a capital letter.</exception>
    public static DocumentNumber ForParty(int? number, string kind, string issuer) =>
        new(CheckNumber(number), null, CheckCode(kind, nameof(kind)), CheckCode(issuer, nameof(issuer)), null, true);

    /// <summary>The same ký hiệu with a number, e.g. to fill in a draft after signing.</summary>
    public DocumentNumber WithNumber(int? number) =>
        new(CheckNumber(number), Year, Kind, Issuer, Unit, IsParty);

    /// <summary>
    /// As cited in text: "78/KH-UBND", "05/KH-UBND", "118/2025/NĐ-CP", "57-NQ/TW";
    /// a draft prints <see cref="DraftBlank"/> for the number.
    /// </summary>
    public override string ToString()
    {
        var number = FormatNumber(Number);
        if (IsParty)
        {
            return $"{number}-{Kind}/{Issuer}";
        }

        var year = Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "/" : string.Empty;
        return $"{number}/{year}{Symbol}";
    }

    /// <summary>
    /// The letterhead line (ô 3): "Số: 78/KH-UBND", or "Số:      /KH-UBND" for a draft. Party documents
    /// are commonly printed without the colon ("Số 57-NQ/TW").
    /// </summary>
    public string ToNumberLine() => (IsParty ? "Số " : "Số: ") + ToString();

    /// <summary>Reads a số/ký hiệu; see <see cref="TryParse(string?)"/> for what is accepted.</summary>
    /// <exception cref="VietnameseFormatException">The text is not a số/ký hiệu; the message says what is wrong.</exception>
    public static DocumentNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = TryParse(text);
        return result.Value ?? throw new VietnameseFormatException(text, result.Position, result.Error!);
    }

    /// <summary>
    /// Reads a số/ký hiệu without throwing. Accepts an optional "Số:" prefix, a blank (or nothing) in place
    /// of the number for a draft, and a number without its leading zero ("5/KH-UBND"). Spaces inside the
    /// ký hiệu are errors, because NĐ30 writes it without spaces.
    /// </summary>
    public static DocumentNumberParseResult TryParse(string? text) =>
        text is null
            ? DocumentNumberParseResult.Failed(0, "The document number is missing.")
            : DocumentNumberParser.Parse(text);

    internal static DocumentNumber Create(int? number, int? year, string? kind, string issuer, string? unit, bool isParty) =>
        new(number, year, kind, issuer, unit, isParty);

    internal static string FormatNumber(int? number) => number switch
    {
        null => DraftBlank,
        < 10 => "0" + number.Value.ToString(CultureInfo.InvariantCulture),
        _ => number.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static int? CheckNumber(int? number) =>
        number is < 1
            ? throw new ArgumentOutOfRangeException(nameof(number), number, "A document number is 1 or more; use null for a draft.")
            : number;

    private static int? CheckYear(int? year) =>
        year is < 1000 or > 9999
            ? throw new ArgumentOutOfRangeException(nameof(year), year, "The year in a document number has four digits.")
            : year;

    private static string CheckCode(string code, string parameter)
    {
        ArgumentNullException.ThrowIfNull(code, parameter);
        var nfc = code.Normalize(NormalizationForm.FormC);
        var problem = DocumentNumberParser.CheckSegments(nfc);
        return problem is null ? nfc : throw new ArgumentException(problem, parameter);
    }
}
