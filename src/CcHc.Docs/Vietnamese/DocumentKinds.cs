using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// The document-kind abbreviation table of NĐ30 Phụ lục III (name ↔ abbreviation, e.g. "Kế hoạch" ↔ "KH",
/// "Quy định" ↔ "QyĐ"), the copy kinds (SY, TrS, SL), and the legal normative kinds cited most often in plans
/// (NĐ, TT, TTLT).
/// </summary>
/// <remarks>
/// Lookup by name ignores case, extra spaces and Unicode normalisation form, and accepts both tone placements
/// the decree itself mixes ("Bản thỏa thuận" and "Bản thoả thuận", "Giấy ủy quyền" and "Giấy uỷ quyền").
/// Lookup by abbreviation is exact, because the table's capitalisation is significant ("QyĐ", "CTr", "TrS").
/// Công văn has no abbreviation and is not in the table.
/// </remarks>
public static class DocumentKinds
{
    /// <summary>Every row: administrative kinds in the decree's order, then copies, then legal normative kinds.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        Admin("Nghị quyết", "NQ"),
        Admin("Quyết định", "QĐ"),
        Admin("Chỉ thị", "CT"),
        Admin("Quy chế", "QC"),
        Admin("Quy định", "QyĐ"),
        Admin("Thông cáo", "TC"),
        Admin("Thông báo", "TB"),
        Admin("Hướng dẫn", "HD"),
        Admin("Chương trình", "CTr"),
        Admin("Kế hoạch", "KH"),
        Admin("Phương án", "PA"),
        Admin("Đề án", "ĐA"),
        Admin("Dự án", "DA"),
        Admin("Báo cáo", "BC"),
        Admin("Biên bản", "BB"),
        Admin("Tờ trình", "TTr"),
        Admin("Hợp đồng", "HĐ"),
        Admin("Công điện", "CĐ"),
        Admin("Bản ghi nhớ", "BGN"),
        Admin("Bản thỏa thuận", "BTT"),
        Admin("Giấy ủy quyền", "GUQ"),
        Admin("Giấy mời", "GM"),
        Admin("Giấy giới thiệu", "GGT"),
        Admin("Giấy nghỉ phép", "GNP"),
        Admin("Phiếu gửi", "PG"),
        Admin("Phiếu chuyển", "PC"),
        Admin("Phiếu báo", "PB"),
        new("Bản sao y", "SY", DocumentKindCategory.Copy),
        new("Bản trích sao", "TrS", DocumentKindCategory.Copy),
        new("Bản sao lục", "SL", DocumentKindCategory.Copy),
        new("Nghị định", "NĐ", DocumentKindCategory.LegalNormative),
        new("Thông tư", "TT", DocumentKindCategory.LegalNormative),
        new("Thông tư liên tịch", "TTLT", DocumentKindCategory.LegalNormative),
    ];

    private static readonly Dictionary<string, DocumentKind> ByName =
        All.ToDictionary(kind => NameKey(kind.Name), StringComparer.Ordinal);

    private static readonly Dictionary<string, DocumentKind> ByAbbreviation =
        All.ToDictionary(kind => kind.Abbreviation, StringComparer.Ordinal);

    /// <summary>The kind called <paramref name="name"/> ("Kế hoạch", "KẾ HOẠCH", "kế  hoạch"), or null.</summary>
    public static DocumentKind? FindByName(string? name) =>
        name is not null && ByName.TryGetValue(NameKey(name), out var kind) ? kind : null;

    /// <summary>The kind abbreviated <paramref name="abbreviation"/> (exact, e.g. "KH", "QyĐ"), or null.</summary>
    public static DocumentKind? FindByAbbreviation(string? abbreviation) =>
        abbreviation is not null
        && ByAbbreviation.TryGetValue(abbreviation.Normalize(NormalizationForm.FormC), out var kind)
            ? kind
            : null;

    /// <summary>The abbreviation for a kind name, e.g. "Kế hoạch" → "KH".</summary>
    /// <exception cref="ArgumentException">The name is not in the table; the message lists what to check.</exception>
    public static string GetAbbreviation(string name) =>
        FindByName(name)?.Abbreviation
        ?? throw new ArgumentException(
            $"\"{name}\" is not a document kind of NĐ30 Phụ lục III (e.g. \"Kế hoạch\", \"Quyết định\"); "
            + "công văn has no abbreviation.",
            nameof(name));

    private static DocumentKind Admin(string name, string abbreviation) =>
        new(name, abbreviation, DocumentKindCategory.Administrative);

    /// <summary>
    /// A lookup key: NFC, lower case, single spaces, and the tone of a word-final "oa", "oe" or "uy" moved onto
    /// the first vowel, so the old and the new tone placement give the same key.
    /// </summary>
    private static string NameKey(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(MoveFinalTone(VietnameseCase.ToLower(word).Normalize(NormalizationForm.FormD)));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string MoveFinalTone(string decomposedWord)
    {
        // "oà" decomposes to o, a, U+0300; "òa" to o, U+0300, a. Rewrite the first into the second.
        var w = decomposedWord;
        if (w.Length >= 3 && IsTone(w[^1]))
        {
            var first = w[^3];
            var second = w[^2];
            if ((first == 'o' && second is 'a' or 'e') || (first == 'u' && second == 'y'))
            {
                return string.Concat(w.AsSpan(0, w.Length - 2), w[^1].ToString(), second.ToString());
            }
        }

        return w;
    }

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
