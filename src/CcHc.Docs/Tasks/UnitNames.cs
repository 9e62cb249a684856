using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Docs.Tasks;

/// <summary>
/// Unit names as data: the grouping key of a name (case, dashes, "&amp;", tone placement, the usual abbreviations
/// HĐND, UBND, VH-XH, MTTQ and a trailing "xã"/"phường" folded away) and the split of a list of units
/// ("Phòng Kinh tế, Các cơ quan, đơn vị có liên quan") into its units, keeping commas inside a name.
/// </summary>
public static partial class UnitNames
{
    // A piece after a comma starts a new unit only when it opens with one of these words; otherwise the comma is
    // inside a name ("Trung tâm Văn hóa, Thể thao và Truyền thanh") or a phrase ("Các cơ quan, đơn vị").
    private static readonly string[] Heads =
    [
        "phòng", "văn phòng", "trung tâm", "công an", "thuế", "ngân hàng", "bảo hiểm", "ủy ban", "uỷ ban", "ubnd",
        "hđnd", "hội đồng", "đoàn", "điện lực", "các", "ban", "hội", "sở", "cơ quan", "trường", "trạm", "đội",
        "chi cục", "kho bạc", "mặt trận", "bộ", "cục", "tòa", "viện", "hợp tác xã", "đảng ủy", "chi nhánh",
        "nhà máy", "bệnh viện", "quân sự", "chỉ huy", "ubmttq", "mttq", "thanh tra", "liên đoàn", "đài", "tổ",
    ];

    private static readonly (string From, string To)[] Abbreviations =
    [
        ("vh-xh", "văn hóa - xã hội"), ("vh - xh", "văn hóa - xã hội"), ("vhxh", "văn hóa - xã hội"),
        ("hđnd", "hội đồng nhân dân"), ("ubnd", "ủy ban nhân dân"), ("mttqvn", "mặt trận tổ quốc việt nam"),
        ("mttq", "mặt trận tổ quốc"), ("cchc", "cải cách hành chính"), ("kt-xh", "kinh tế - xã hội"),
    ];

    private static readonly (string From, string To)[] TonePlacement =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    /// <summary>The grouping key of <paramref name="name"/>: equal for the spellings of one unit.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var s = name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        s = s.Replace('\u2013', '-').Replace('\u2014', '-').Replace("&", " và ", StringComparison.Ordinal);
        s = Dash().Replace(s, " - ");
        foreach (var (from, to) in TonePlacement)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }
        s = Spaces().Replace(s, " ").Trim();
        foreach (var (from, to) in Abbreviations)
        {
            s = Regex.Replace(s, @"(?<!\p{L})" + Regex.Escape(from) + @"(?!\p{L})", to, RegexOptions.CultureInvariant);
        }
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ',', ';').Trim();
        s = TrailingLocality().Replace(s, "");
        return s;
    }

    /// <summary>The units of a cơ quan chủ trì/phối hợp cell, in order; empty for null or blank.</summary>
    public static IReadOnlyList<UnitName> Split(string? units)
    {
        if (string.IsNullOrWhiteSpace(units))
        {
            return [];
        }
        var result = new List<string>();
        foreach (var piece in units.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Count > 0 && !StartsWithHead(piece))
            {
                result[^1] += ", " + piece;
            }
            else
            {
                result.Add(piece);
            }
        }
        return result.Select(UnitName.Of).ToList();
    }

    private static bool StartsWithHead(string piece)
    {
        var lower = piece.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        return Heads.Any(h => lower.StartsWith(h, StringComparison.Ordinal)
            && (lower.Length == h.Length || !char.IsLetter(lower[h.Length])));
    }

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+(?:xã|phường|thị trấn)$")]
    private static partial Regex TrailingLocality();
}
