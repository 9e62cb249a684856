using System.Text.RegularExpressions;

namespace CcHc.Docs.Validation;

/// <summary>
/// Frequent misspellings in administrative text, each with the context it applies in, so that correct uses of
/// the same letters are not flagged. To add one: a pattern that matches only the wrong use, the correction, and
/// a sentence with a correct use that must not match (the tests check every entry with it).
/// </summary>
internal static class Misspellings
{
    /// <summary>The catalogue.</summary>
    public static IReadOnlyList<Misspelling> All { get; } =
    [
        new(@"\b(?:[Pp]hần|[Pp]hân) đầu(?= (?:(?:đạt|thực hiện|hoàn thành|tổng số|có|tỷ lệ|tăng|giảm|đưa|trở thành|duy trì|nâng|xây dựng|giữ vững|vượt)\b|[0-9][0-9.,]*(?:%| (?!tháng|năm|ngày|tuần|giờ|phút|trang|kỳ)\p{L})))",
            "Phấn đấu",
            "before a verb or a target (\"… đạt\", \"… hoàn thành\", \"… tỷ lệ\") or a figure (\"… 95% thủ tục\", \"… 03 đơn vị\"): the verb phấn đấu (strive)",
            "Phần đầu của Kế hoạch nêu mục đích, yêu cầu; phần đầu tư công do tỉnh bố trí; phần đầu 6 tháng năm 2026 đã đánh giá."),
        new(@"\b[Pp]hân đấu\b",
            "phấn đấu",
            "\"phân đấu\" is never a word; it is phấn đấu whatever follows",
            "Phấn đấu đạt các chỉ tiêu; phân định thẩm quyền."),
        new(@"\b[Tt]rường các (?=(?:khu phố|ấp|thôn|tổ dân phố|khóm|bản)\b)",
            "Trưởng các",
            "before \"các khu phố/ấp/thôn/tổ dân phố\": the heads (trưởng) of hamlets, not the schools (trường)",
            "Trường các cấp học trên địa bàn tổ chức khai giảng; Trưởng các khu phố tuyên truyền."),
        new(@"\bCông (?=[Dd]ịch vụ công\b)",
            "Cổng",
            "before \"Dịch vụ công\": the portal (Cổng Dịch vụ công quốc gia)",
            "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia; đơn vị sự nghiệp công dịch vụ công ích."),
        new(@"\bdân quốc tự vệ\b",
            "dân quân tự vệ",
            "the militia (dân quân tự vệ)",
            "Xây dựng lực lượng dân quân tự vệ; bảo vệ an ninh quốc gia."),
        new(@"\btuyên, chọn\b",
            "tuyển chọn",
            "the recruitment of conscripts (tuyển chọn và gọi công dân nhập ngũ)",
            "Công tác tuyển chọn và gọi công dân nhập ngũ; tuyên truyền, vận động."),
        new(@"\b(?<!lịch )[Ss]ử lý\b",
            "xử lý",
            "to handle (xử lý); not after \"lịch\" (lịch sử lý luận)",
            "Xử lý kịp thời các vi phạm; nghiên cứu lịch sử lý luận."),
    ];
}

/// <summary>One entry of <see cref="Misspellings"/>.</summary>
/// <param name="Pattern">Matches the wrong text only in the context where it is wrong.</param>
/// <param name="Correction">What to write instead.</param>
/// <param name="Context">When the entry applies, in a few words.</param>
/// <param name="CorrectUse">A sentence with a correct use of similar letters that the pattern must not match.</param>
internal sealed record Misspelling(string Pattern, string Correction, string Context, string CorrectUse)
{
    /// <summary>The compiled <see cref="Pattern"/>.</summary>
    public Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant);
}
