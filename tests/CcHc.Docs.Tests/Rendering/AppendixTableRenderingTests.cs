using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>Appendix tables as real plans print them: columns without a width, a column-number row, Ghi chú.</summary>
public sealed class AppendixTableRenderingTests
{
    private static Plan PlanWith(AppendixTable table) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 5, Place = "Vĩnh Phong", Date = new DateOnly(2026, 2, 5) },
        Title = new DocumentTitle { Summary = "Cải cách hành chính năm 2026" },
        Sections = [new Section { Kind = SectionKind.Implementation, Content = [new ParagraphBlock("Các đơn vị thực hiện theo Phụ lục kèm theo.")] }],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
        Appendices = [new Appendix { Title = "DANH MỤC NHIỆM VỤ", Tables = [table] }],
    };

    private static readonly PlanTask Task = new()
    {
        Text = "Rà soát thủ tục hành chính",
        Lead = "Văn phòng HĐND và UBND",
        Deadline = "Quý II",
        Supervisor = "Ủy ban Mặt trận Tổ quốc xã",
        Funding = "Ngân sách xã",
        Note = "Trọng tâm",
    };

    private static readonly TableColumn[] Columns =
    [
        new() { Field = ColumnField.Number, Header = "STT", Width = 12 },
        new() { Field = ColumnField.Task, Header = "Nhiệm vụ" },
        new() { Field = ColumnField.Lead, Header = "Cơ quan chủ trì", Width = 40 },
        new() { Field = ColumnField.Supervisor, Header = "Cơ quan giám sát" },
        new() { Field = ColumnField.Funding, Header = "Kinh phí", Width = 25 },
        new() { Field = ColumnField.Note, Header = "Ghi chú", Width = 20 },
    ];

    [Fact]
    public void A_column_without_width_shares_the_remaining_width()
    {
        var plan = PlanWith(new AppendixTable { Columns = [.. Columns], Tasks = [Task] });

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        var grid = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Last().GetFirstChild<TableGrid>()!
            .Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains("<column width=\"*\"/>", markup, StringComparison.Ordinal);
        Assert.Equal(6, grid.Count);
        // The two columns without width share what the millimetre columns leave, equally.
        Assert.Equal(grid[1], grid[3]);
        Assert.True(grid[1] > grid[2], "a shared column takes the rest of a landscape page");
    }

    [Fact]
    public void Supervisor_funding_and_note_columns_print_the_task_fields()
    {
        var markup = PlanRenderer.Default.RenderMarkup(PlanWith(new AppendixTable { Columns = [.. Columns], Tasks = [Task] }));

        Assert.Contains("<cell>Ủy ban Mặt trận Tổ quốc xã</cell><cell>Ngân sách xã</cell><cell>Trọng tâm</cell>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_number_row_is_a_second_header_row_repeated_on_every_page()
    {
        var plan = PlanWith(new AppendixTable { ColumnNumbers = true, Tasks = [Task] });

        var markup = PlanRenderer.Default.RenderMarkup(plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanRenderer.Default.RenderToBytes(plan)), false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Last().Elements<TableRow>().ToList();

        Assert.Contains("<row kind=\"header\"><cell><i>(1)</i></cell><cell><i>(2)</i></cell><cell><i>(3)</i></cell><cell><i>(4)</i></cell><cell><i>(5)</i></cell><cell><i>(6)</i></cell></row>", markup, StringComparison.Ordinal);
        Assert.Equal("(1)(2)(3)(4)(5)(6)", string.Concat(rows[1].Descendants<Text>().Select(t => t.Text)));
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.NotNull(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Null(rows[2].TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void Column_numbers_and_the_new_task_fields_round_trip_through_yaml()
    {
        var plan = PlanWith(new AppendixTable { ColumnNumbers = true, Columns = [.. Columns], Tasks = [Task] });

        var yaml = PlanWriter.WriteYaml(plan);
        var back = PlanReader.ReadYaml(yaml);

        Assert.Contains("column_numbers: true", yaml, StringComparison.Ordinal);
        Assert.Contains("field: supervisor", yaml, StringComparison.Ordinal);
        Assert.Equal(plan.Appendices[0].Tables[0], back.Appendices[0].Tables[0]);
    }
}
