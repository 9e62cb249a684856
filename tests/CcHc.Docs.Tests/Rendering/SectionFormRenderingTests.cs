using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>Section forms of real plans (issue 12): headings with their own punctuation, labels as printed, the appendix pointer line.</summary>
public sealed class SectionFormRenderingTests
{
    private static Plan PlanWith(params Section[] subsections) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
        Title = new DocumentTitle { Summary = "Chuyển đổi số năm 2026" },
        Sections = [new Section { Kind = SectionKind.Tasks, Content = new(subsections.Select(s => (Block)new SubsectionBlock(s))) }],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
        Appendices = [new Appendix { Title = "DANH MỤC NHIỆM VỤ", Tables = [new AppendixTable { Tasks = [new PlanTask { Text = "Rà soát", Lead = "Văn phòng" }] }] }],
    };

    [Fact]
    public void Headings_ending_in_a_colon_or_a_full_stop_keep_it_and_get_no_second_colon()
    {
        var markup = PlanRenderer.Default.RenderMarkup(PlanWith(
            new Section { Title = "Phát triển hạ tầng số:", Content = [new BulletBlock("Lắp đặt wifi.")] },
            new Section { Unit = "Văn phòng HĐND và UBND xã:", Content = [new BulletBlock("Theo dõi.")] },
            new Section { Title = "Phát triển dữ liệu số:", Text = "Xây dựng cơ sở dữ liệu." },
            new Section { Title = "Chính quyền số.", Text = "Vận hành hệ thống." },
            new Section { Title = "Xã hội số", Text = "Phổ cập kỹ năng số." }));

        Assert.Contains("<heading level=\"2\" label=\"1.\">Phát triển hạ tầng số:</heading>", markup, StringComparison.Ordinal);
        Assert.Contains("<heading level=\"2\" label=\"2.\">Văn phòng HĐND và UBND xã:</heading>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"3.\">Phát triển dữ liệu số: Xây dựng cơ sở dữ liệu.</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"4.\">Chính quyền số. Vận hành hệ thống.</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"5.\">Xã hội số: Phổ cập kỹ năng số.</item>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_override_is_printed_as_written_and_reported_as_a_deviation()
    {
        var plan = PlanWith(
            new Section { Label = "2.1", Title = "Tổ chức rà soát", Content = [new BulletBlock("Rà soát.")] },
            new Section { Title = "Công khai", Content = [new BulletBlock("Niêm yết.")] },
            new Section { Label = "3.", Title = "Đánh giá", Content = [new BulletBlock("Đánh giá.")] });

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        var infos = PlanValidator.Validate(plan).Diagnostics.Where(d => d.Code == "KH0055").ToList();

        Assert.Contains("<heading level=\"2\" label=\"2.1\">Tổ chức rà soát</heading>", markup, StringComparison.Ordinal);
        // The items after it keep their computed numbers.
        Assert.Contains("<heading level=\"2\" label=\"2.\">Công khai</heading>", markup, StringComparison.Ordinal);
        // A label equal to the computed one is no deviation.
        Assert.Equal(["sections[0].content[0].section.label"], infos.Select(d => d.Path));
        Assert.Equal(Severity.Info, infos[0].Severity);
        Assert.Contains("\"2.1\"", infos[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appendix_pointer_on_its_own_line_follows_the_content_centred()
    {
        var pointer = new AppendixReference { Appendix = 1, Text = "chi tiết tại Phụ lục 01 kèm theo", Placement = AppendixReferencePlacement.Line };

        var plan = PlanWith(new Section { Title = "Rà soát thủ tục", SeeAppendix = pointer, Content = [new BulletBlock("Rà soát.")] });

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        var lines = RenderedLines(plan);

        Assert.Contains("<heading level=\"2\" label=\"1.\">Rà soát thủ tục</heading>", markup, StringComparison.Ordinal);
        Assert.Contains("<item marker=\"dash\">Rà soát.</item>\n    <p role=\"center\"><i>(chi tiết tại Phụ lục 01 kèm theo)</i></p>", markup.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("(chi tiết tại Phụ lục 01 kèm theo)", lines);
    }

    private static IReadOnlyList<string> RenderedLines(Plan plan)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        return DocxText.Lines(document, skipLetterhead: true);
    }

    private static Plan WithTask(TaskDetails planDetails, params PlanTask[] tasks) => PlanWith(
        new Section { Title = "Hạ tầng số", Content = new(tasks.Select(t => (Block)new TaskBlock(t))) }) with { TaskDetails = planDetails };

    private static readonly PlanTask Full = new()
    {
        Text = "Rà soát hạ tầng mạng.",
        Lead = "Văn phòng HĐND và UBND",
        Support = "Công an xã",
        Supervisor = "Ủy ban Mặt trận Tổ quốc xã",
        Deadline = "Quý II",
        Product = "Báo cáo",
        Funding = "Ngân sách xã",
    };

    [Fact]
    public void Task_details_print_inline_by_default_with_the_new_roles()
    {
        var markup = PlanRenderer.Default.RenderMarkup(WithTask(new TaskDetails(), Full));

        Assert.Contains("<item marker=\"dash\">Rà soát hạ tầng mạng. (chủ trì: Văn phòng HĐND và UBND; phối hợp: Công an xã; giám sát: Ủy ban Mặt trận Tổ quốc xã; thời gian: Quý II; sản phẩm: Báo cáo; kinh phí: Ngân sách xã)</item>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_details_as_lines_with_a_star_and_italic_labels()
    {
        var plan = WithTask(new TaskDetails { Form = TaskDetailForm.Lines, Marker = TaskDetailMarker.Star, ItalicLabels = true }, Full);

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        var lines = RenderedLines(plan);

        Assert.Contains("<item marker=\"dash\">Rà soát hạ tầng mạng.</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"*\"><i>Cơ quan chủ trì:</i> Văn phòng HĐND và UBND</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"*\"><i>Cơ quan giám sát:</i> Ủy ban Mặt trận Tổ quốc xã</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<item label=\"*\"><i>Kinh phí:</i> Ngân sách xã</item>", markup, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("Thời gian thực hiện: Quý II", StringComparison.Ordinal) && l.StartsWith('*'));
    }

    [Fact]
    public void A_task_overrides_the_plans_detail_form()
    {
        var inline = new PlanTask { Text = "Kiểm tra.", Lead = "Văn phòng", Details = new TaskDetails() };
        var plain = new PlanTask { Text = "Báo cáo.", Lead = "Văn phòng", Deadline = "Tháng 12", Details = new TaskDetails { Form = TaskDetailForm.Lines, Marker = TaskDetailMarker.None } };

        var markup = PlanRenderer.Default.RenderMarkup(WithTask(new TaskDetails { Form = TaskDetailForm.Lines }, inline, plain));

        Assert.Contains("<item marker=\"dash\">Kiểm tra. (chủ trì: Văn phòng)</item>", markup, StringComparison.Ordinal);
        Assert.Contains("<p>Cơ quan chủ trì: Văn phòng</p>", markup, StringComparison.Ordinal);
        Assert.Contains("<p>Thời gian thực hiện: Tháng 12</p>", markup, StringComparison.Ordinal);
    }
}

/// <summary>The common heading words of real plans are known section kinds with their default heading.</summary>
public sealed class SectionKindHeadingTests
{
    [Theory]
    [InlineData(SectionKind.Objectives, "MỤC TIÊU", "objectives")]
    [InlineData(SectionKind.KeyTargets, "CÁC CHỈ TIÊU CHỦ YẾU", "key_targets")]
    [InlineData(SectionKind.Content, "NỘI DUNG", "content")]
    [InlineData(SectionKind.Solutions, "GIẢI PHÁP THỰC HIỆN", "solutions")]
    public void A_known_kind_prints_its_heading_and_reads_by_its_snake_case_name(SectionKind kind, string heading, string yamlName)
    {
        var plan = CcHc.Docs.Serialization.PlanReader.ReadYaml(
            "letterhead: {issuer: Ủy ban nhân dân xã Vĩnh Phong, number: 5, place: Vĩnh Phong, date: 2026-02-05}\n"
            + "title: {summary: Chuyển đổi số năm 2026}\n"
            + $"sections:\n  - kind: {yamlName}\n    content: [{{bullet: Nội dung.}}]\n"
            + "signature: {authority: [TM. ỦY BAN NHÂN DÂN], position: CHỦ TỊCH, name: Nguyễn Văn A}\n");

        Assert.Equal(kind, plan.Sections[0].Kind);
        Assert.Contains($"<heading level=\"1\" label=\"I.\">{heading}</heading>", PlanRenderer.Default.RenderMarkup(plan), StringComparison.Ordinal);
    }
}
