using Scriban.Runtime;

namespace CcHc.Docs.Benchmarks.WordTemplates;

/// <summary>
/// The appendix rows of shared/peer-bench/data.js, generated the same way (same phrase pools, same LCG, same
/// order of picks), so CcHc.Docs and docxtemplater render identical rows. <c>node data.js --dump N</c> prints them.
/// </summary>
public static class PeerRows
{
    private static readonly string[] Tasks =
    [
        "Tăng cường ứng dụng khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số; triển khai các giải pháp, sáng kiến, mô hình mới trong quản lý nhà nước về",
        "Rà soát, sửa đổi, bổ sung và hoàn thiện hệ thống văn bản quy phạm pháp luật, cơ chế, chính sách; cắt giảm, đơn giản hóa thủ tục hành chính trong lĩnh vực",
        "Đẩy mạnh cải cách hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; bảo đảm kết nối, chia sẻ dữ liệu giữa các cơ sở dữ liệu về",
        "Tổ chức tuyên truyền, phổ biến, quán triệt nội dung Kế hoạch đến cán bộ, công chức, viên chức và Nhân dân; nâng cao nhận thức, trách nhiệm của các cấp về",
        "Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ làm công tác chuyên môn; tăng cường công tác kiểm tra, giám sát, đánh giá việc thực hiện đối với",
        "Huy động, bố trí nguồn lực tài chính từ ngân sách nhà nước và xã hội hóa; ưu tiên đầu tư hạ tầng kỹ thuật, hạ tầng số phục vụ phát triển bền vững trong",
    ];

    private static readonly string[] Domains =
    [
        "nông nghiệp và môi trường", "giáo dục và đào tạo", "y tế và chăm sóc sức khỏe Nhân dân", "tài chính, ngân sách",
        "xây dựng và quy hoạch đô thị", "văn hóa, thể thao và du lịch", "tư pháp và hộ tịch", "công thương và xúc tiến đầu tư",
    ];

    private static readonly string[] Products =
    [
        "Báo cáo kết quả thực hiện định kỳ", "Quyết định phê duyệt Đề án", "Kế hoạch triển khai của UBND tỉnh",
        "Văn bản hướng dẫn thực hiện", "Cơ sở dữ liệu chuyên ngành", "Hội nghị sơ kết, tổng kết",
    ];

    private static readonly string[] Leads =
    [
        "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh", "Sở Nông nghiệp và Môi trường",
        "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
    ];

    private static readonly string[] Coordinators =
    [
        "Các sở, ban, ngành; UBND cấp xã", "Sở Tài chính, Sở Nội vụ và các cơ quan liên quan", "UBND các huyện, thị xã, thành phố",
        "Các cơ quan, đơn vị có liên quan", "Công an tỉnh, Bưu điện tỉnh, Viễn thông tỉnh",
    ];

    private static readonly string[] Times = ["Thường xuyên", "Năm 2025", "Quý IV/2025", "2025-2030", "Thường xuyên"];

    /// <summary>The model <c>{ rows: [{ stt, task, product, lead, coord, time }] }</c> with <paramref name="count"/> rows.</summary>
    public static ScriptObject Model(int count)
    {
        var state = 123456789u;
        int Next(int m)
        {
            state = unchecked(state * 1103515245u + 12345u);
            return (int)((state >> 8) % (uint)m);
        }
        var rows = new ScriptArray(count);
        for (var i = 0; i < count; i++)
        {
            var task = Tasks[Next(Tasks.Length)] + " " + Domains[Next(Domains.Length)] + ".";
            rows.Add(new ScriptObject
            {
                ["stt"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["task"] = task,
                ["product"] = Products[Next(Products.Length)],
                ["lead"] = Leads[Next(Leads.Length)],
                ["coord"] = Coordinators[Next(Coordinators.Length)],
                ["time"] = Times[Next(Times.Length)],
            });
        }
        return new ScriptObject { ["rows"] = rows };
    }
}
