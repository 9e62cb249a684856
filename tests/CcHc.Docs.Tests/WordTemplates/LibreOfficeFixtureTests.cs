using CcHc.Docs.WordTemplates;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;

namespace CcHc.Docs.Tests.WordTemplates;

/// <summary>
/// Templates saved by a real word processor: Fixtures/*.fodt and *.html typed with tags across formatting changes
/// and a bookmark, converted by LibreOffice (<c>soffice --headless --convert-to docx</c>) and committed, so the split
/// runs are the ones a word processor writes. Fixtures/README.md says how to regenerate them.
/// </summary>
public sealed class LibreOfficeFixtureTests
{
    private static string Fixture(string name) => Path.Combine(Support.RepositoryRoot.Path, "tests", "CcHc.Docs.Tests", "WordTemplates", "Fixtures", name);

    [Fact]
    public void The_invitation_saved_by_libreoffice_renders_split_tags_paragraph_loops_and_a_row_loop()
    {
        var template = File.ReadAllBytes(Fixture("giay-moi.docx"));
        Assert.Contains(Lines(template), l => l.Contains("{{ khach.chuc_vu }}", StringComparison.Ordinal));
        // The fixture proves what it claims: LibreOffice split tags over runs of different formatting, and a
        // bookmark stands inside one.
        var split = SplitTags(template);
        Assert.Contains(split, t => t.Code == "{{ khach.ten }}" && t.Formats >= 2);
        Assert.Contains(split, t => t.Code == "{{ for m in chuong_trinh }}" && t.Formats >= 2);
        Assert.Contains(split, t => t.Code == "{{ khach.chuc_vu }}" && t.Runs >= 2 && t.Bookmarks == 1);
        var data = TemplateData.Parse("""
            khach: { ten: Nguyễn Văn A, chuc_vu: Chủ tịch UBND xã }
            thoi_gian: 8 giờ 00 ngày 10/3/2026
            dia_diem: Hội trường UBND xã
            chuong_trinh: [Khai mạc, Báo cáo kết quả]
            ghi_chu: null
            dai_bieu:
              - { ten: Trần Thị B, don_vi: Văn phòng }
              - { ten: Lê Văn C, don_vi: Tư pháp }
            """, "giay-moi.yaml");

        var output = DocxTemplate.Load(new MemoryStream(template), "giay-moi.docx").Render(data);

        Assert.Equal(
            [
                "GIẤY MỜI",
                "Kính gửi: Nguyễn Văn A (Chủ tịch UBND xã)",
                "Thời gian: 8 giờ 00 ngày 10/3/2026, tại Hội trường UBND xã.",
                "1. Khai mạc",
                "2. Báo cáo kết quả",
                "STT", "Đại biểu", "Đơn vị",
                "1", "Trần Thị B", "Văn phòng",
                "2", "Lê Văn C", "Tư pháp",
                "Trân trọng kính mời./.",
            ],
            Lines(output).Where(l => l.Length > 0));
        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        // The value takes the format of the run where the tag starts: "Kính gửi: {{ " is plain, so the name is plain
        // and joins that run; the bold word typed inside the tag is gone with the tag.
        Assert.Null(body.Descendants<Run>().Single(r => r.InnerText == "Kính gửi: Nguyễn Văn A").RunProperties?.Bold);
        // "{{ d.ten }}" was typed bold as a whole: the repeated rows keep it.
        Assert.All(body.Descendants<Run>().Where(r => r.InnerText is "Trần Thị B" or "Lê Văn C"), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Equal(3, body.Descendants<TableRow>().Count()); // the header and one row per guest
        // LibreOffice writes a few things the validator's schema does not know (w:jc="start"); rendering adds none.
        var known = ValidationErrors(template).Select(e => e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToHashSet();
        Assert.All(ValidationErrors(output), e => Assert.Contains(e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..], known));
    }

    [Fact]
    public void The_decision_saved_from_html_by_libreoffice_renders()
    {
        var template = File.ReadAllBytes(Fixture("quyet-dinh.docx"));
        var data = TemplateData.Parse("""
            trich_yeu: giao nhiệm vụ cải cách hành chính năm 2026
            can_cu: [Luật Tổ chức chính quyền địa phương, Kế hoạch số 78/KH-UBND]
            cac_don_vi:
              - { ten: Văn phòng, nhiem_vu: Tổng hợp }
              - { ten: Phòng Kinh tế, nhiem_vu: Chuyển đổi số }
              - { ten: Công an xã, nhiem_vu: Đề án 06 }
            ngay_ky: 20/3/2026
            khan: true
            """, "quyet-dinh.yaml");

        var split = SplitTags(template);
        Assert.Contains(split, t => t.Code == "{{ trich_yeu }}" && t.Formats >= 2 && t.Bookmarks == 1);
        Assert.Contains(split, t => t.Code == "{{ x.ten }}" && t.Formats >= 2 && t.Bookmarks == 1);
        Assert.Contains(split, t => t.Code == "{{ can_cu | array.join \"; \" }}" && t.Formats >= 2);

        var output = DocxTemplate.Load(new MemoryStream(template), "quyet-dinh.docx").Render(data);

        var lines = Lines(output).Where(l => l.Length > 0).ToList();
        Assert.Contains("Về việc giao nhiệm vụ cải cách hành chính năm 2026", lines);
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương; Kế hoạch số 78/KH-UBND;", lines);
        Assert.Contains("Điều 1. Giao nhiệm vụ cho 3 đơn vị sau:", lines);
        Assert.Contains(" Yêu cầu thực hiện ngay.", lines);
        Assert.Equal(["3", "Công an xã", "Đề án 06"], lines.SkipWhile(l => l != "3").Take(3));
        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(4, body.Descendants<TableRow>().Count());

        // The bookmark typed inside the row loop's tag is repeated once per unit, each copy with its own id and name.
        var starts = body.Descendants<BookmarkStart>().ToList();
        Assert.Equal(["trich_yeu", "ten_don_vi", "ten_don_vi_2", "ten_don_vi_3"], starts.Select(b => b.Name!.Value));
        Assert.Equal(4, starts.Select(b => b.Id!.Value).Distinct().Count());
        Assert.Equal(starts.Select(b => b.Id!.Value).Order(), body.Descendants<BookmarkEnd>().Select(b => b.Id!.Value).Order());
        var known = ValidationErrors(template).Select(e => e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToHashSet();
        Assert.All(ValidationErrors(output), e => Assert.Contains(e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..], known));
    }

    /// <summary>A tag as the word processor wrote it: how many runs and distinct run formats hold its text, how many bookmarks start inside it.</summary>
    private sealed record WrittenTag(string Code, int Runs, int Formats, int Bookmarks);

    // Every tag of the body's paragraphs, measured on the runs and bookmarks the file really has.
    private static List<WrittenTag> SplitTags(byte[] docx)
    {
        using var document = Open(docx);
        var tags = new List<WrittenTag>();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            // (offset in the paragraph's text, run format or null for a bookmark start), in document order.
            var pieces = new List<(int Start, int End, string? Format)>();
            var offset = 0;
            var whole = new System.Text.StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                if (element is Run run && run.Ancestors<Paragraph>().First() == paragraph)
                {
                    var runText = string.Concat(run.Elements<Text>().Select(t => t.Text));
                    pieces.Add((offset, offset + runText.Length, run.RunProperties?.OuterXml ?? ""));
                    offset += runText.Length;
                    whole.Append(runText);
                }
                else if (element is BookmarkStart)
                {
                    pieces.Add((offset, offset, null));
                }
            }
            var text = whole.ToString();
            for (var open = text.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = text.IndexOf("{{", open + 2, StringComparison.Ordinal))
            {
                var close = text.IndexOf("}}", open, StringComparison.Ordinal) + 2;
                var runs = pieces.Where(p => p.Format is not null && p.End > open && p.Start < close && p.End > p.Start).ToList();
                var bookmarks = pieces.Count(p => p.Format is null && p.Start > open && p.Start < close);
                tags.Add(new WrittenTag(text[open..close], runs.Count, runs.Select(r => r.Format).Distinct().Count(), bookmarks));
            }
        }
        return tags;
    }
}
