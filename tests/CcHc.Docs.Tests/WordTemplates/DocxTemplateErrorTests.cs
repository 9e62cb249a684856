using CcHc.Docs.WordTemplates;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;

namespace CcHc.Docs.Tests.WordTemplates;

public sealed class DocxTemplateErrorTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["tasks"] = new[] { "a", "b" } };

    private static DocxTemplateException LoadError(byte[] template) =>
        Assert.Throws<DocxTemplateException>(() => DocxTemplate.Load(new MemoryStream(template), "ke-hoach.docx"));

    [Fact]
    public void A_tag_that_does_not_close_names_its_paragraph_and_column()
    {
        var error = LoadError(Create(P("Một"), P("Kính gửi: {{ name")));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 2 \"Kính gửi: {{ name\": ", error.Message);
        Assert.Contains("does not close", error.Message);
        Assert.Equal(("document", 2, 11), (error.Part, error.Paragraph, error.Column));
    }

    [Fact]
    public void An_error_quotes_the_first_40_characters_of_its_paragraph()
    {
        var text = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025 và {{ can_cu | }}";
        var error = LoadError(Create(P("Một"), P("Hai"), P(text)));
        Assert.StartsWith($"ke-hoach.docx: document, paragraph 3 \"{text[..40]}…\": ", error.Message);
        Assert.Equal(("document", 3), (error.Part, error.Paragraph));
    }

    [Fact]
    public void An_unclosed_block_names_where_it_opened()
    {
        var error = LoadError(Create(P("Đầu"), P("{{ for t in tasks }}"), P("{{ t }}"), P("Cuối")));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 2 \"{{ for t in tasks }}\": 'for' opens a block that is never closed", error.Message);
    }

    [Fact]
    public void An_end_with_nothing_open_is_an_error()
    {
        var error = LoadError(Create(P("{{ end }}")));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 1 \"{{ end }}\": 'end' has no block to close", error.Message);
    }

    [Fact]
    public void A_paragraph_loop_closed_inside_a_table_cell_is_an_error_naming_both_places()
    {
        var error = LoadError(Create(P("{{ for t in tasks }}"), Table(Row("{{ t }}", "{{ end }}"))));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 3 \"{{ end }}\": 'end' belongs to the 'for' of document, paragraph 1, which works on paragraphs of the body, but this tag works on paragraphs of a table cell", error.Message);
    }

    [Fact]
    public void A_row_loop_closed_by_a_paragraph_after_the_table_is_an_error()
    {
        var error = LoadError(Create(Table(Row("A"), Row("{{ for t in tasks }}"), Row("{{ t }}")), P("{{ end }}")));
        Assert.Contains("paragraph 4 \"{{ end }}\": 'end' belongs to the 'for' of document, paragraph 2, which works on rows of a table, but this tag works on paragraphs of the body", error.Message);
    }

    [Fact]
    public void An_inline_block_closed_in_another_paragraph_is_an_error()
    {
        var error = LoadError(Create(P("Có {{ if x }} chữ"), P("{{ end }}")));
        Assert.Contains("paragraph 2 \"{{ end }}\": 'end' belongs to the 'if' of document, paragraph 1, which works on text inside one paragraph, but this tag works on paragraphs of the body", error.Message);
    }

    [Fact]
    public void A_syntax_error_gives_scribans_message_at_the_column_in_the_paragraph()
    {
        var error = LoadError(Create(P("Số: {{ 1 + }} xong")));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 1 \"Số: {{ 1 + }} xong\": ", error.Message);
        Assert.InRange(error.Column, 5, 14);
        Assert.Matches(@"\(column \d+\)$", error.Message);
    }

    [Fact]
    public void A_runtime_error_names_the_place_of_the_failing_tag()
    {
        var template = DocxTemplate.Load(new MemoryStream(Create(P("Một"), P("Hai"), P("Số La Mã: {{ vn.roman \"mười\" }}"))), "ke-hoach.docx");
        var error = Assert.Throws<DocxTemplateException>(() => template.Render(Model));
        Assert.StartsWith("ke-hoach.docx: document, paragraph 3 \"Số La Mã: {{ vn.roman \"mười\" }}\": ", error.Message);
        Assert.Equal(3, error.Paragraph);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_its_place()
    {
        var template = DocxTemplate.Load(new MemoryStream(Create(P("{{ for i in 1..1000000 }}"), P("{{ i }}"), P("{{ end }}"))), "ke-hoach.docx");
        var error = Assert.Throws<DocxTemplateException>(() => template.Render(Model, loopLimit: 100));
        Assert.StartsWith("ke-hoach.docx: document, paragraph", error.Message);
    }

    [Fact]
    public void An_error_in_a_header_names_the_header_part()
    {
        var error = LoadError(CreateWith([P("Thân")], header: P("{{ if }}")));
        Assert.StartsWith("ke-hoach.docx: header1, paragraph 1 \"{{ if }}\"", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_word_file_is_rejected()
    {
        var error = LoadError("this is not a zip"u8.ToArray());
        Assert.StartsWith("ke-hoach.docx: not a Word file", error.Message);
    }

    [Fact]
    public void A_value_of_a_hundred_million_characters_is_refused_not_built()
    {
        var template = DocxTemplate.Load(new MemoryStream(Create(P("Trước"), P("{{ '' | string.pad_left 100000000 }}"))), "ke-hoach.docx");

        var error = Assert.Throws<DocxTemplateException>(() => template.Render(Model));

        Assert.StartsWith("ke-hoach.docx: document, paragraph 2", error.Message);
        Assert.Contains("LimitToString", error.Message, StringComparison.Ordinal);
    }
}
