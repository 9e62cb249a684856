using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;

namespace CcHc.Docs.Tests.WordTemplates;

public sealed class DocxTemplateBlockTests
{
    private static readonly Dictionary<string, object?> Model = new()
    {
        ["tasks"] = new[]
        {
            new Dictionary<string, object?> { ["name"] = "Rà soát thủ tục", ["lead"] = "Văn phòng", ["kind"] = "task" },
            new Dictionary<string, object?> { ["name"] = "Tuyên truyền", ["lead"] = "Văn hóa", ["kind"] = "note" },
        },
        ["empty"] = Array.Empty<string>(),
        ["level"] = 2,
    };

    [Fact]
    public void A_paragraph_holding_only_a_for_tag_repeats_the_paragraphs_between_it_and_end()
    {
        var output = Render(Create(P("Trước"), P("{{ for t in tasks }}"), P("{{ for.index + 1 }}. {{ t.name }}"), P("Chủ trì: {{ t.lead }}"), P("{{ end }}"), P("Sau")), Model);
        Assert.Equal(["Trước", "1. Rà soát thủ tục", "Chủ trì: Văn phòng", "2. Tuyên truyền", "Chủ trì: Văn hóa", "Sau"], Lines(output));
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void If_else_if_else_keep_only_the_chosen_paragraphs()
    {
        var template = Create(P("{{ if level == 1 }}"), P("một"), P("{{ else if level == 2 }}"), P("hai"), P("hai nữa"), P("{{ else }}"), P("khác"), P("{{ end }}"));
        Assert.Equal(["hai", "hai nữa"], Lines(Render(template, Model)));
        Assert.Equal(["khác"], Lines(Render(template, new Dictionary<string, object?> { ["level"] = 5 })));
    }

    [Fact]
    public void Case_when_chooses_paragraphs_inside_a_loop()
    {
        var template = Create(P("{{ for t in tasks }}"), P("{{ case t.kind }}"), P("{{ when \"task\" }}"), P("- {{ t.name }}"),
            P("{{ when \"note\" }}"), P(R("Ghi chú: ", italic: true), R("{{ t.name }}")), P("{{ end }}"), P("{{ end }}"));
        Assert.Equal(["- Rà soát thủ tục", "Ghi chú: Tuyên truyền"], Lines(Render(template, Model)));
    }

    [Fact]
    public void Capture_and_with_blocks_work_on_paragraphs()
    {
        // Scriban's with needs an object of its own: data read from YAML is one.
        var data = CcHc.Docs.WordTemplates.TemplateData.Parse("office: { name: Văn phòng }\nlead: { name: Chủ tịch }\n");
        var template = Create(P("{{ capture who }}{{ lead.name }}{{ end }}"), P("{{ with office }}"), P("{{ name }} / {{ who }}"), P("{{ end }}"));
        Assert.Equal(["", "Văn phòng / Chủ tịch"], Lines(Render(template, data)));
    }

    [Fact]
    public void A_table_row_holding_only_a_for_tag_repeats_the_row_and_keeps_its_properties()
    {
        var repeated = Row("{{ for.index + 1 }}", "{{ t.name }}", "{{ t.lead }}");
        repeated.PrependChild(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 567, HeightType = HeightRuleValues.AtLeast }));
        var loop = Row("", "{{ for t in tasks }}", "");
        var table = Table(Row("STT", "Nhiệm vụ", "Chủ trì"), loop, repeated, Row("{{ end }}", "", ""), Row("", "Tổng: {{ tasks.size }}", ""));
        var output = Render(Create(table), Model);

        using var document = Open(output);
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().ToList();
        Assert.Equal(["STT|Nhiệm vụ|Chủ trì", "1|Rà soát thủ tục|Văn phòng", "2|Tuyên truyền|Văn hóa", "|Tổng: 2|"],
            rows.Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))));
        Assert.All(rows.Skip(1).Take(2), r =>
        {
            Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>());
            Assert.Equal(567u, r.TableRowProperties!.GetFirstChild<TableRowHeight>()!.Val!.Value);
        });
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_row_loop_over_nothing_leaves_the_header_row()
    {
        var table = Table(Row("STT", "Nhiệm vụ"), Row("{{ for t in empty }}", ""), Row("{{ t }}", ""), Row("", "{{ end }}"));
        var output = Render(Create(table, P("")), Model);
        using var document = Open(output);
        Assert.Single(document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>());
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Merged_cells_and_cell_borders_of_a_repeated_row_are_kept()
    {
        var borders = new TableCellBorders(new LeftBorder { Val = BorderValues.Dashed, Size = 4 }, new BottomBorder { Val = BorderValues.Double, Size = 6 });
        var merged = new TableRow(new TableCell(new TableCellProperties(new GridSpan { Val = 2 }, borders), P("{{ t.name }}")), Cell("{{ t.lead }}"));
        var table = Table(Row("A", "B", "C"), Row("{{ for t in tasks }}", "", ""), merged, Row("{{ end }}", "", ""));
        var output = Render(Create(table), Model);
        using var document = Open(output);
        var spans = document.MainDocumentPart!.Document!.Body!.Descendants<GridSpan>().Select(g => g.Val!.Value).ToList();
        Assert.Equal([2, 2], spans);
        var repeated = document.MainDocumentPart!.Document!.Body!.Descendants<TableCellBorders>().ToList();
        Assert.Equal(2, repeated.Count);
        Assert.All(repeated, b =>
        {
            Assert.Equal(BorderValues.Double, b.BottomBorder!.Val!.Value);
            Assert.Equal(BorderValues.Dashed, b.LeftBorder!.Val!.Value);
        });
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_paragraph_loop_inside_a_cell_repeats_paragraphs_there_and_an_empty_cell_keeps_a_paragraph()
    {
        var cell = new TableCell(P("{{ for t in tasks }}"), P("- {{ t.lead }};"), P("{{ end }}"));
        var emptyCell = new TableCell(P("{{ for t in empty }}"), P("{{ t }}"), P("{{ end }}"));
        var output = Render(Create(Table(new TableRow(cell, emptyCell))), Model);
        using var document = Open(output);
        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().ToList();
        Assert.Equal(["- Văn phòng;", "- Văn hóa;"], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Single(cells[1].Elements<Paragraph>());
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Numbered_paragraphs_in_a_loop_keep_their_numbering()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        var item = P(R("{{ t.name }}"));
        item.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        var output = Render(CreateWith([P("{{ for t in tasks }}"), item, P("{{ end }}")], numbering: numbering), Model);
        using var document = Open(output);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Equal(1, p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value));
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_section_break_on_a_block_paragraph_is_kept_outside_the_block()
    {
        var closing = P("{{ end }}");
        closing.PrependChild(new ParagraphProperties(new SectionProperties(new PageSize { Width = 11906, Height = 16838 })));
        var output = Render(Create(P("{{ for t in tasks }}"), P("{{ t.name }}"), closing, P("Phụ lục")), Model);
        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Single(body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.SectionProperties is not null));
        Assert.Equal(["Rà soát thủ tục", "Tuyên truyền", "", "Phụ lục"], Lines(output));
        Assert.Empty(ValidationErrors(output));
    }
}
